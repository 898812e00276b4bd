import { Type, type Static } from 'typebox';
import { IsoDateTime, NonEmptyString, Nullable, PageQuery, StringEnum } from '../../http/schema-helpers.js';
import { IsoTimestamp } from '../../http/response-schemas.js';
import { MAX_ITEMS, MAX_LENGTH } from '../../http/limits.js';

/** An optional text field of at most `maxLength` characters; `null` is the same as leaving it out (for contacts: it clears the value). */
const OptionalText = (maxLength: number) => Type.Optional(Nullable(Type.String({ maxLength })));

/** Counts are stored as 32-bit integers; a larger value is a validation error, never a 500. */
const MAX_COUNT = 2_147_483_647;

export const ACTIVITY_DIRECTIONS = ['inbound', 'outbound'] as const;

export const ContactItem = Type.Object({
  email: NonEmptyString({ format: 'email', maxLength: MAX_LENGTH.email }),
  externalContactId: OptionalText(MAX_LENGTH.id),
  name: OptionalText(MAX_LENGTH.name),
  title: OptionalText(MAX_LENGTH.name),
  department: OptionalText(MAX_LENGTH.name),
  seniority: OptionalText(MAX_LENGTH.name),
  phone: OptionalText(MAX_LENGTH.name),
  linkedinUrl: OptionalText(MAX_LENGTH.url),
});
export type ContactItem = Static<typeof ContactItem>;

export const ActivityItem = Type.Object({
  externalActivityId: NonEmptyString({ maxLength: MAX_LENGTH.id }),
  activityType: NonEmptyString({ maxLength: MAX_LENGTH.name }),
  occurredAt: IsoDateTime({ minLength: 1 }),
  domain: NonEmptyString({ maxLength: MAX_LENGTH.url }),
  ownerEmail: NonEmptyString({ format: 'email', maxLength: MAX_LENGTH.email }),
  contacts: Type.Array(ContactItem, { minItems: 1, maxItems: MAX_ITEMS.contacts }),
  accountName: OptionalText(MAX_LENGTH.name),
  subject: OptionalText(MAX_LENGTH.text),
  ownerName: OptionalText(MAX_LENGTH.name),
  ownerId: OptionalText(MAX_LENGTH.id),
  from: Type.Optional(Nullable(Type.Object({ name: OptionalText(MAX_LENGTH.name), email: OptionalText(MAX_LENGTH.email) }))),
  // Call fields.
  callTitle: OptionalText(MAX_LENGTH.text),
  durationMinutes: Type.Optional(Nullable(Type.Number({ minimum: 0 }))),
  outcome: OptionalText(MAX_LENGTH.text),
  // Not nullable: a nullable enum's isIn message would list the null (validation.ts joins allowedValues).
  direction: Type.Optional(StringEnum(ACTIVITY_DIRECTIONS)),
  // Email fields.
  openCount: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: MAX_COUNT }))),
  clickCount: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: MAX_COUNT }))),
});
export type ActivityItem = Static<typeof ActivityItem>;

export const CreateActivitiesBody = Type.Object(
  { activities: Type.Array(ActivityItem, { minItems: 1, maxItems: 50 }) },
  {
    examples: [
      {
        activities: [
          {
            externalActivityId: 'call-1',
            activityType: 'call',
            occurredAt: '2026-04-29T15:30:00Z',
            domain: 'acme.com',
            ownerEmail: 'dana@example.com',
            contacts: [{ email: 'pat@acme.com', name: 'Pat Buyer', title: 'VP Operations' }],
            callTitle: 'Renewal check-in',
            durationMinutes: 25,
            direction: 'outbound',
          },
        ],
      },
    ],
  },
);
export type CreateActivitiesBody = Static<typeof CreateActivitiesBody>;

export const AccountActivitiesParams = Type.Object({ rtp_aid: Type.String() });

/** The timeline pages by occurrence, newest first; activities never change, so there is no `lastSync`. */
export const AccountActivitiesQuery = Type.Object({ limit: PageQuery.limit, cursor: PageQuery.cursor });
export type AccountActivitiesQuery = Static<typeof AccountActivitiesQuery>;

// Responses (SPEC §3.10 and the timeline extension). The envelope is added in activities.routes.ts.

export const CreateActivitiesResult = Type.Object({
  results: Type.Array(
    Type.Object({
      externalActivityId: Type.String(),
      status: StringEnum(['created', 'failed', 'skipped'] as const),
      error: Type.Optional(Type.String({ description: 'Why the item failed' })),
      reason: Type.Optional(Type.String({ description: 'Why the item was skipped' })),
    }),
  ),
  summary: Type.Object({ total: Type.Integer(), created: Type.Integer(), failed: Type.Integer(), skipped: Type.Integer() }),
});

const ContactView = Type.Object(
  {
    email: Type.String(),
    externalContactId: Nullable(Type.String()),
    name: Nullable(Type.String()),
    title: Nullable(Type.String()),
    department: Nullable(Type.String()),
    seniority: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    linkedinUrl: Nullable(Type.String()),
  },
  { title: 'Contact' },
);

/** An activity in an account's timeline: the activity as pushed, unset fields null; the shape of `presentActivity`. */
export const ActivityView = Type.Object(
  {
    rtp_activityId: Type.String(),
    externalActivityId: Type.String(),
    activityType: Type.String(),
    occurredAt: IsoTimestamp(),
    domain: Type.String(),
    accountName: Nullable(Type.String()),
    subject: Nullable(Type.String()),
    ownerEmail: Type.String(),
    ownerName: Nullable(Type.String()),
    ownerId: Nullable(Type.String()),
    from: Nullable(Type.Object({ name: Nullable(Type.String()), email: Nullable(Type.String()) })),
    callTitle: Nullable(Type.String()),
    durationMinutes: Nullable(Type.Number()),
    outcome: Nullable(Type.String()),
    direction: Nullable(Type.String()),
    openCount: Nullable(Type.Integer()),
    clickCount: Nullable(Type.Integer()),
    contacts: Type.Array(ContactView, { description: 'In pushed order, each as currently stored' }),
    createdAt: IsoTimestamp(),
  },
  { title: 'SalesActivity', description: 'A call or email as pushed, with its contacts (extension)' },
);

export const ACTIVITY_EXAMPLE: Static<typeof ActivityView> = {
  rtp_activityId: '663abc0e5f1c2a00cafe0001',
  externalActivityId: 'call-1',
  activityType: 'call',
  occurredAt: '2026-04-29T15:30:00.000Z',
  domain: 'acme.com',
  accountName: 'Acme Corp',
  subject: 'Renewal check-in',
  ownerEmail: 'dana@example.com',
  ownerName: 'Dana Rep',
  ownerId: 'u-7',
  from: null,
  callTitle: 'Renewal check-in',
  durationMinutes: 25,
  outcome: 'connected',
  direction: 'outbound',
  openCount: null,
  clickCount: null,
  contacts: [
    {
      email: 'pat@acme.com',
      externalContactId: 'c-19',
      name: 'Pat Buyer',
      title: 'VP Operations',
      department: 'Operations',
      seniority: 'VP',
      phone: null,
      linkedinUrl: null,
    },
  ],
  createdAt: '2026-04-30T10:00:00.000Z',
};
