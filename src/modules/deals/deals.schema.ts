import { Type, type Static } from 'typebox';
import { NonEmptyString, Nullable, PageQuery, StringEnum } from '../../http/schema-helpers.js';
import { IsoTimestamp } from '../../http/response-schemas.js';
import { MAX_LENGTH } from '../../http/limits.js';

/** An ISO 8601 date-time with an offset, or a bare date (SPEC §2.5: deal dates). */
const DealDate = () => Type.String({ format: 'iso8601-date-or-time' });

/** Optional and nullable: omitted keeps the stored value, `null` clears it (SPEC §3.8 upsert). */
const Opt = <T extends Parameters<typeof Nullable>[0]>(schema: T) => Type.Optional(Nullable(schema));

export const AssociatedAccount = Type.Object({
  externalId: Opt(Type.String({ maxLength: MAX_LENGTH.id })),
  domain: Opt(Type.String({ maxLength: MAX_LENGTH.url })),
  name: Opt(Type.String({ maxLength: MAX_LENGTH.name })),
});
export type AssociatedAccount = Static<typeof AssociatedAccount>;

export const DealItem = Type.Object({
  externalDealId: NonEmptyString({ maxLength: MAX_LENGTH.id }),
  name: NonEmptyString({ maxLength: MAX_LENGTH.name }),
  amount: Opt(Type.Number()),
  stageId: Opt(Type.String({ maxLength: MAX_LENGTH.id })),
  stageLabel: Opt(Type.String({ maxLength: MAX_LENGTH.name })),
  pipelineId: Opt(Type.String({ maxLength: MAX_LENGTH.id })),
  pipelineLabel: Opt(Type.String({ maxLength: MAX_LENGTH.name })),
  startDate: Opt(DealDate()),
  closedDate: Opt(DealDate()),
  ownerName: Opt(Type.String({ maxLength: MAX_LENGTH.name })),
  ownerEmail: Opt(Type.String({ format: 'email', maxLength: MAX_LENGTH.email })),
  ownerId: Opt(Type.String({ maxLength: MAX_LENGTH.id })),
  // The pattern bounds it to three letters.
  dealCurrencyCode: Opt(Type.String({ pattern: '^[A-Za-z]{3}$' })),
  associatedAccounts: Opt(Type.Array(AssociatedAccount, { maxItems: 100 })),
});
export type DealItem = Static<typeof DealItem>;

export const PushDealsBody = Type.Object(
  { deals: Type.Array(DealItem, { minItems: 1, maxItems: 100 }) },
  {
    examples: [
      {
        deals: [
          {
            externalDealId: 'deal-42',
            name: 'Acme renewal',
            amount: 75000,
            stageId: 'proposal',
            stageLabel: 'Proposal',
            pipelineId: 'sales',
            pipelineLabel: 'Sales',
            startDate: '2026-01-15',
            ownerName: 'Dana Rep',
            ownerEmail: 'dana@example.com',
            dealCurrencyCode: 'USD',
            associatedAccounts: [{ externalId: 'crm-001', domain: 'acme.com', name: 'Acme Corp' }],
          },
        ],
      },
    ],
  },
);
export type PushDealsBody = Static<typeof PushDealsBody>;

export const ListDealsQuery = Type.Object({
  ...PageQuery,
  rtp_aid: Type.Optional(
    Type.String({
      maxLength: MAX_LENGTH.id,
      description:
        'Only the deals linked to this account (its rtp_aid among `linkedAccounts`), still in change order (extension, issue 12: the console’s account page). ' +
        'An rtp_aid of no account gives an empty page.',
    }),
  ),
});
export type ListDealsQuery = Static<typeof ListDealsQuery>;

export const DealIdParams = Type.Object({ externalDealId: Type.String() });

// Responses (SPEC §3.8). The envelope around each is added in deals.routes.ts.

export const PushDealsResult = Type.Object({
  results: Type.Array(
    Type.Object({
      externalDealId: Type.String(),
      status: StringEnum(['created', 'updated', 'failed'] as const),
      error: Type.Optional(Type.String()),
    }),
  ),
  summary: Type.Object({ total: Type.Integer(), created: Type.Integer(), updated: Type.Integer(), failed: Type.Integer() }),
});

const AssociationView = Type.Object({
  externalId: Nullable(Type.String()),
  domain: Nullable(Type.String({ description: 'As pushed' })),
  name: Nullable(Type.String()),
});

/** A deal as `GET /deals` and `GET /deals/:externalDealId` return it (extension); the shape of `presentDeal`. */
export const DealView = Type.Object(
  {
    rtp_dealId: Type.String(),
    externalDealId: Type.String(),
    name: Type.String(),
    amount: Nullable(Type.Number()),
    stageId: Nullable(Type.String()),
    stageLabel: Nullable(Type.String()),
    pipelineId: Nullable(Type.String()),
    pipelineLabel: Nullable(Type.String()),
    startDate: Nullable(Type.String({ description: 'ISO 8601 date or date-time' })),
    closedDate: Nullable(Type.String({ description: 'ISO 8601 date or date-time' })),
    ownerName: Nullable(Type.String()),
    ownerEmail: Nullable(Type.String()),
    ownerId: Nullable(Type.String()),
    dealCurrencyCode: Nullable(Type.String()),
    associatedAccounts: Type.Array(AssociationView, { description: 'As pushed, in order' }),
    linkedAccounts: Type.Array(Type.Object({ rtp_aid: Type.String(), domain: Type.String() }), {
      description: 'The accounts the associations resolve to (by domain, then externalId), each once',
    }),
    unlinkedAssociations: Type.Array(AssociationView, { description: 'Associations no account matches yet; they link once one exists' }),
    stageHistory: Type.Array(
      Type.Object({
        stageId: Nullable(Type.String()),
        stageLabel: Nullable(Type.String()),
        pipelineId: Nullable(Type.String()),
        enteredAt: IsoTimestamp(),
      }),
      { description: 'Oldest first; an entry per stage change, including the first' },
    ),
    createdAt: IsoTimestamp(),
    updatedAt: IsoTimestamp(),
  },
  { title: 'Deal', description: 'A deal as pushed, with its account links and stage history (extension; docs/api.md#deals)' },
);

export const DEAL_EXAMPLE: Static<typeof DealView> = {
  rtp_dealId: '663abc0e5f1c2a00aabbccdd',
  externalDealId: 'deal-42',
  name: 'Acme renewal',
  amount: 75000,
  stageId: 'proposal',
  stageLabel: 'Proposal',
  pipelineId: 'sales',
  pipelineLabel: 'Sales',
  startDate: '2026-01-15',
  closedDate: null,
  ownerName: 'Dana Rep',
  ownerEmail: 'dana@example.com',
  ownerId: 'u-7',
  dealCurrencyCode: 'USD',
  associatedAccounts: [{ externalId: 'crm-001', domain: 'acme.com', name: 'Acme Corp' }],
  linkedAccounts: [{ rtp_aid: '663abc0e5f1c2a0012345678', domain: 'acme.com' }],
  unlinkedAssociations: [],
  stageHistory: [{ stageId: 'proposal', stageLabel: 'Proposal', pipelineId: 'sales', enteredAt: '2026-04-30T10:00:00.000Z' }],
  createdAt: '2026-04-30T10:00:00.000Z',
  updatedAt: '2026-04-30T10:00:00.000Z',
};
