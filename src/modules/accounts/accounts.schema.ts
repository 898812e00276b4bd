import { Type, type Static } from 'typebox';
import { NonEmptyString, Nullable, PageQuery } from '../../http/schema-helpers.js';

export const AccountItem = Type.Object({
  domain: NonEmptyString(),
  name: NonEmptyString(),
  externalId: Type.Optional(Nullable(Type.String())),
  shortName: Type.Optional(Nullable(Type.String())),
  linkedinUrl: Type.Optional(Nullable(Type.String())),
  tags: Type.Optional(Nullable(Type.Array(Type.String(), { maxItems: 100 }))),
  customFields: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
export type AccountItem = Static<typeof AccountItem>;

export const CreateAccountsBody = Type.Object({
  accounts: Type.Array(AccountItem, { minItems: 1, maxItems: 100 }),
  segmentId: Type.Optional(Type.String()),
  upsert: Type.Optional(Type.Boolean({ default: false })),
});
export type CreateAccountsBody = Static<typeof CreateAccountsBody>;

export const AccountIdParams = Type.Object({ rtp_aid: Type.String() });

export const UpdateCustomFieldsBody = Type.Object(
  { customFields: Type.Record(Type.String(), Type.Unknown()) },
  { additionalProperties: false },
);
export type UpdateCustomFieldsBody = Static<typeof UpdateCustomFieldsBody>;

export const ListAccountsQuery = Type.Object({
  ...PageQuery,
  domains: Type.Optional(Type.String()),
});
export type ListAccountsQuery = Static<typeof ListAccountsQuery>;

export const MissingExternalIdsQuery = Type.Object({ limit: PageQuery.limit });
export type MissingExternalIdsQuery = Static<typeof MissingExternalIdsQuery>;

export const ExternalIdMappingsBody = Type.Object({
  mappings: Type.Array(Type.Object({ domain: NonEmptyString(), externalId: NonEmptyString() }), { minItems: 1, maxItems: 100 }),
});
export type ExternalIdMappingsBody = Static<typeof ExternalIdMappingsBody>;
