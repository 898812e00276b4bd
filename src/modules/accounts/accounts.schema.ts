import { Type, type Static } from 'typebox';
import { NonEmptyString, Nullable, PageQuery, StringEnum } from '../../http/schema-helpers.js';
import { IsoTimestamp, MapOf } from '../../http/response-schemas.js';
import { MAX_ITEMS, MAX_LENGTH } from '../../http/limits.js';
import { TEXT_VALUE_MAX_LENGTH } from '../custom-fields/custom-field-values.js';
import { JOURNEY_STAGES } from '../journey/journey-stages.js';
import { ACCOUNT_SORTS } from './account-list.js';

/** Values by custom-field key, checked against each field's type (SPEC §3.7, custom-field-values.ts) where the fields are known. */
const CustomFieldValuesInput = () =>
  Type.Record(Type.String(), Type.Unknown(), {
    description:
      'Values by custom-field key (docs/api.md#custom-field-values); `null` clears one. Text values are at most ' +
      `${TEXT_VALUE_MAX_LENGTH.singleLineText} characters (singleLineText) or ${TEXT_VALUE_MAX_LENGTH.multiLineText} (multiLineText).`,
  });

export const AccountItem = Type.Object({
  domain: NonEmptyString({ maxLength: MAX_LENGTH.url, description: 'Normalised (docs/api.md#domains); may be typed as a URL' }),
  name: NonEmptyString({ maxLength: MAX_LENGTH.name }),
  externalId: Type.Optional(Nullable(Type.String({ maxLength: MAX_LENGTH.id }))),
  shortName: Type.Optional(Nullable(Type.String({ maxLength: MAX_LENGTH.name }))),
  linkedinUrl: Type.Optional(Nullable(Type.String({ maxLength: MAX_LENGTH.url }))),
  tags: Type.Optional(Nullable(Type.Array(Type.String({ maxLength: MAX_LENGTH.name }), { maxItems: MAX_ITEMS.tags }))),
  customFields: Type.Optional(CustomFieldValuesInput()),
});
export type AccountItem = Static<typeof AccountItem>;

export const CreateAccountsBody = Type.Object(
  {
    accounts: Type.Array(AccountItem, { minItems: 1, maxItems: 100 }),
    segmentId: Type.Optional(Type.String({ maxLength: MAX_LENGTH.id, description: 'A static, active or draft segment every created or updated account joins' })),
    upsert: Type.Optional(Type.Boolean({ default: false, description: 'Update an existing domain instead of failing the item' })),
  },
  {
    examples: [
      {
        upsert: true,
        accounts: [
          {
            domain: 'https://www.Acme.com/foo?x=1',
            name: 'Acme Corp',
            externalId: 'crm-001',
            shortName: 'Acme',
            linkedinUrl: 'https://www.linkedin.com/company/acme-corp',
            tags: ['enterprise'],
            customFields: { CONTRACT_VALUE_C: 75000 },
          },
        ],
      },
    ],
  },
);
export type CreateAccountsBody = Static<typeof CreateAccountsBody>;

export const AccountIdParams = Type.Object({ rtp_aid: Type.String() });

export const UpdateCustomFieldsBody = Type.Object(
  { customFields: CustomFieldValuesInput() },
  { additionalProperties: false, examples: [{ customFields: { CONTRACT_VALUE_C: 80000, RENEWAL_DATE_C: null } }] },
);
export type UpdateCustomFieldsBody = Static<typeof UpdateCustomFieldsBody>;

export const ListAccountsQuery = Type.Object({
  ...PageQuery,
  domains: Type.Optional(
    Type.String({ maxLength: MAX_LENGTH.domainsQuery, description: 'A JSON array of at most 100 domains, e.g. `["acme.com","www.globex.com"]`' }),
  ),
  sort: Type.Optional(
    StringEnum(ACCOUNT_SORTS, {
      description:
        'Order (extension, issue 12): a score, `-` for highest first, ties by rtp_aid; or `-rtp_last_account_date`, latest change first. ' +
        'With a sort or any filter below the cursor follows that order; `lastSync` and `domains` cannot be combined with them. ' +
        'Default when a filter is given without a sort: `-rtp_account_score`.',
    }),
  ),
  stage: Type.Optional(StringEnum(JOURNEY_STAGES, { description: 'Only accounts in this journey stage (extension)' })),
  segmentId: Type.Optional(Type.String({ maxLength: MAX_LENGTH.id, description: 'Only members of this segment (extension)' })),
  tag: Type.Optional(NonEmptyString({ maxLength: MAX_LENGTH.name, description: 'Only accounts with this tag, compared case-insensitively (extension)' })),
  q: Type.Optional(
    NonEmptyString({
      maxLength: MAX_LENGTH.name,
      description: 'Only accounts whose domain or name starts with this text, case-insensitively: a prefix, so an index serves it (extension)',
    }),
  ),
});
export type ListAccountsQuery = Static<typeof ListAccountsQuery>;

export const MissingExternalIdsQuery = Type.Object({ limit: PageQuery.limit });
export type MissingExternalIdsQuery = Static<typeof MissingExternalIdsQuery>;

export const ExternalIdMappingsBody = Type.Object(
  {
    mappings: Type.Array(
      Type.Object({ domain: NonEmptyString({ maxLength: MAX_LENGTH.url }), externalId: NonEmptyString({ maxLength: MAX_LENGTH.id }) }),
      { minItems: 1, maxItems: 100 },
    ),
  },
  { examples: [{ mappings: [{ domain: 'acme.com', externalId: 'crm-001' }] }] },
);
export type ExternalIdMappingsBody = Static<typeof ExternalIdMappingsBody>;

// Responses (SPEC §3.1–§3.5). The envelope around each is added in accounts.routes.ts.

export const SegmentRef = Type.Object({ segmentId: Type.String(), name: Type.String() });

const Score = (description: string) => Type.Integer({ minimum: 0, maximum: 100, description });

/** An account as every endpoint returns it (SPEC §3.1); the shape of `presentAccount`. */
export const Account = Type.Object(
  {
    rtp_aid: Type.String({ description: 'Intentbase id: 24 lowercase hex characters' }),
    externalId: Nullable(Type.String()),
    name: Type.String(),
    domain: Type.String({ description: 'The normalised domain (docs/api.md#domains)' }),
    shortName: Nullable(Type.String()),
    linkedinUrl: Nullable(Type.String()),
    tags: Type.Array(Type.String()),
    rtp_account_score: Score('0 until the first scoring run after the account is created'),
    rtp_journey_stage: Type.String({ description: 'A stage of GET /journey-stages; `Unaware` until the first scoring run' }),
    rtp_website_intent_score: Score('Website intent'),
    rtp_bombora_intent_score: Score('Bombora intent'),
    rtp_g2_intent_score: Score('G2 intent'),
    rtp_advertising_activity_score: Score('LinkedIn advertising activity'),
    rtp_last_account_date: IsoTimestamp({ description: 'Time of the account’s last change' }),
    customFields: MapOf(Type.Unknown(), { description: 'Every active account custom field by key, null where unset' }),
    rtp_segments: Type.Array(SegmentRef, { description: 'Every segment the account belongs to (extension)' }),
  },
  { title: 'Account', description: 'An account with its scores (docs/api.md#accounts)' },
);

/** The account of SPEC §3.1's example. */
export const ACCOUNT_EXAMPLE: Static<typeof Account> = {
  rtp_aid: '663abc0e5f1c2a0012345678',
  externalId: 'crm-001',
  name: 'Acme Corp',
  domain: 'acme.com',
  shortName: 'Acme',
  linkedinUrl: 'https://www.linkedin.com/company/acme-corp',
  tags: ['enterprise'],
  rtp_account_score: 78,
  rtp_journey_stage: 'Consideration',
  rtp_website_intent_score: 42,
  rtp_bombora_intent_score: 31,
  rtp_g2_intent_score: 0,
  rtp_advertising_activity_score: 55,
  rtp_last_account_date: '2026-04-30T09:00:00.000Z',
  customFields: { CONTRACT_VALUE_C: 75000, RENEWAL_DATE_C: null },
  rtp_segments: [{ segmentId: '664a1b2c3d4e5f6071829304', name: 'Q2 Target Accounts' }],
};

const BatchStatus = StringEnum(['created', 'updated', 'failed'] as const);
const BatchSummary = Type.Object({ total: Type.Integer(), created: Type.Integer(), updated: Type.Integer(), failed: Type.Integer() });

export const AccountResult = Type.Object({
  rtp_aid: Nullable(Type.String({ description: 'null for a new domain that failed' })),
  domain: Type.String({ description: 'The normalised domain, or the input when it is invalid' }),
  status: BatchStatus,
  error: Type.Optional(Type.String()),
});

/** `POST /accounts` (SPEC §3.2): one result per item, in input order. */
export const CreateAccountsResult = Type.Object({ results: Type.Array(AccountResult), summary: BatchSummary });

/** `POST /crm/accounts` (SPEC §5): results keyed by externalId. */
export const CrmCreateAccountsResult = Type.Object({
  results: Type.Array(Type.Object({ externalId: Type.String(), status: BatchStatus, error: Type.Optional(Type.String()) })),
  summary: BatchSummary,
});

export const AccountUpdated = Type.Object({ message: Type.Literal('Account updated successfully') });

export const MissingExternalId = Type.Object({ rtp_aid: Type.String(), name: Type.String(), domain: Type.String() });

export const ExternalIdMappingResult = Type.Object({
  matched: Type.Integer({ description: 'Accounts found' }),
  updated: Type.Integer({ description: 'Accounts whose externalId changed' }),
  notFound: Type.Array(Type.String(), { description: 'Input domains with no account' }),
});
