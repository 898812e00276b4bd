import { Type, type Static } from 'typebox';
import { IsoDateTime, NonEmptyString, Nullable, PageQuery, StringEnum } from '../../http/schema-helpers.js';

/** An optional text field; `null` is the same as leaving it out (for contacts: it clears the value). */
const OptionalText = () => Type.Optional(Nullable(Type.String()));

/** Counts are stored as 32-bit integers; a larger value is a validation error, never a 500. */
const MAX_COUNT = 2_147_483_647;

export const ACTIVITY_DIRECTIONS = ['inbound', 'outbound'] as const;

export const ContactItem = Type.Object({
  email: NonEmptyString({ format: 'email' }),
  externalContactId: OptionalText(),
  name: OptionalText(),
  title: OptionalText(),
  department: OptionalText(),
  seniority: OptionalText(),
  phone: OptionalText(),
  linkedinUrl: OptionalText(),
});
export type ContactItem = Static<typeof ContactItem>;

export const ActivityItem = Type.Object({
  externalActivityId: NonEmptyString(),
  activityType: NonEmptyString(),
  occurredAt: IsoDateTime({ minLength: 1 }),
  domain: NonEmptyString(),
  ownerEmail: NonEmptyString({ format: 'email' }),
  contacts: Type.Array(ContactItem, { minItems: 1 }),
  accountName: OptionalText(),
  subject: OptionalText(),
  ownerName: OptionalText(),
  ownerId: OptionalText(),
  from: Type.Optional(Nullable(Type.Object({ name: OptionalText(), email: OptionalText() }))),
  // Call fields.
  callTitle: OptionalText(),
  durationMinutes: Type.Optional(Nullable(Type.Number({ minimum: 0 }))),
  outcome: OptionalText(),
  // Not nullable: a nullable enum's isIn message would list the null (validation.ts joins allowedValues).
  direction: Type.Optional(StringEnum(ACTIVITY_DIRECTIONS)),
  // Email fields.
  openCount: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: MAX_COUNT }))),
  clickCount: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: MAX_COUNT }))),
});
export type ActivityItem = Static<typeof ActivityItem>;

export const CreateActivitiesBody = Type.Object({
  activities: Type.Array(ActivityItem, { minItems: 1, maxItems: 50 }),
});
export type CreateActivitiesBody = Static<typeof CreateActivitiesBody>;

export const AccountActivitiesParams = Type.Object({ rtp_aid: Type.String() });

/** The timeline pages by occurrence, newest first; activities never change, so there is no `lastSync`. */
export const AccountActivitiesQuery = Type.Object({ limit: PageQuery.limit, cursor: PageQuery.cursor });
export type AccountActivitiesQuery = Static<typeof AccountActivitiesQuery>;
