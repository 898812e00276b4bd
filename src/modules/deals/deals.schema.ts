import { Type, type Static } from 'typebox';
import { NonEmptyString, Nullable, PageQuery } from '../../http/schema-helpers.js';
import { CLIENT_ID_MAX_LENGTH } from '../deal-stages/deal-stages.schema.js';

/** An ISO 8601 date-time with an offset, or a bare date (SPEC §2.5: deal dates). */
const DealDate = () => Type.String({ format: 'iso8601-date-or-time' });

/** Optional and nullable: omitted keeps the stored value, `null` clears it (SPEC §3.8 upsert). */
const Opt = <T extends Parameters<typeof Nullable>[0]>(schema: T) => Type.Optional(Nullable(schema));

export const AssociatedAccount = Type.Object({
  externalId: Opt(Type.String({ maxLength: 255 })),
  domain: Opt(Type.String()),
  name: Opt(Type.String()),
});
export type AssociatedAccount = Static<typeof AssociatedAccount>;

export const DealItem = Type.Object({
  externalDealId: NonEmptyString({ maxLength: CLIENT_ID_MAX_LENGTH }),
  name: NonEmptyString(),
  amount: Opt(Type.Number()),
  stageId: Opt(Type.String()),
  stageLabel: Opt(Type.String()),
  pipelineId: Opt(Type.String()),
  pipelineLabel: Opt(Type.String()),
  startDate: Opt(DealDate()),
  closedDate: Opt(DealDate()),
  ownerName: Opt(Type.String()),
  ownerEmail: Opt(Type.String({ format: 'email' })),
  ownerId: Opt(Type.String()),
  dealCurrencyCode: Opt(Type.String({ pattern: '^[A-Za-z]{3}$' })),
  associatedAccounts: Opt(Type.Array(AssociatedAccount, { maxItems: 100 })),
});
export type DealItem = Static<typeof DealItem>;

export const PushDealsBody = Type.Object({
  deals: Type.Array(DealItem, { minItems: 1, maxItems: 100 }),
});
export type PushDealsBody = Static<typeof PushDealsBody>;

export const ListDealsQuery = Type.Object(PageQuery);
export type ListDealsQuery = Static<typeof ListDealsQuery>;

export const DealIdParams = Type.Object({ externalDealId: Type.String() });
