import { Type, type Static } from 'typebox';
import { NonEmptyString, Nullable, PageQuery, StringEnum } from '../../http/schema-helpers.js';
import { IsoTimestamp } from '../../http/response-schemas.js';
import { RULE_LIMITS, WORKSPACE_RULE_LIMITS, type SegmentRules } from './segment-rules.js';
import { MAX_LENGTH } from '../../http/limits.js';

export const SEGMENT_TYPES = ['static', 'dynamic'] as const;
export const SEGMENT_STATUSES = ['draft', 'active', 'archived'] as const;
export type SegmentType = (typeof SEGMENT_TYPES)[number];
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export const SegmentIdParams = Type.Object({ segmentId: Type.String() });

export const ListSegmentsQuery = Type.Object({
  ...PageQuery,
  type: Type.Optional(StringEnum(['static', 'dynamic', 'all'] as const)),
  status: Type.Optional(StringEnum(SEGMENT_STATUSES)),
});
export type ListSegmentsQuery = Static<typeof ListSegmentsQuery>;

export const MembersQuery = Type.Object(PageQuery);
export type MembersQuery = Static<typeof MembersQuery>;

const RULES_LIMITS_NOTE =
  `At most ${RULE_LIMITS.maxBytes} bytes of JSON, ${RULE_LIMITS.maxDepth} levels of groups, ${RULE_LIMITS.maxConditions} conditions, ` +
  `${RULE_LIMITS.maxInValues} values per \`in\` list and ${RULE_LIMITS.maxValueLength} characters per string value; no other keys than ` +
  `\`all\`/\`any\` in a group and \`field\`/\`op\`/\`value\` in a condition. A workspace's active and draft dynamic segments ` +
  `hold at most ${WORKSPACE_RULE_LIMITS.maxDynamicSegments} segments, ${WORKSPACE_RULE_LIMITS.maxConditions} conditions and ` +
  `${WORKSPACE_RULE_LIMITS.maxInValues} \`in\` values together (docs/operations.md, "Segment rule limits").`;

export const CreateSegmentBody = Type.Object(
  {
    name: NonEmptyString({ maxLength: MAX_LENGTH.name }),
    type: StringEnum(SEGMENT_TYPES),
    status: Type.Optional(StringEnum(SEGMENT_STATUSES, { description: 'Default `active`' })),
    rules: Type.Optional(Type.Unknown({ description: `Required for a dynamic segment (docs/api.md#dynamic-segment-rules). ${RULES_LIMITS_NOTE}` })),
  },
  { examples: [{ name: 'Hot accounts', type: 'dynamic', rules: { all: [{ field: 'rtp_account_score', op: 'gte', value: 40 }] } }] },
);
export type CreateSegmentBody = Static<typeof CreateSegmentBody>;

export const UpdateSegmentBody = Type.Object(
  {
    name: Type.Optional(NonEmptyString({ maxLength: MAX_LENGTH.name })),
    status: Type.Optional(StringEnum(SEGMENT_STATUSES)),
    rules: Type.Optional(Type.Unknown({ description: `Dynamic segments only (docs/api.md#dynamic-segment-rules). ${RULES_LIMITS_NOTE}` })),
  },
  { additionalProperties: false },
);
export type UpdateSegmentBody = Static<typeof UpdateSegmentBody>;

export const PreviewSegmentBody = Type.Object(
  { rules: Type.Optional(Type.Unknown({ description: `Dynamic segment rules (docs/api.md#dynamic-segment-rules), as for POST /segments. ${RULES_LIMITS_NOTE}` })) },
  { additionalProperties: false, examples: [{ rules: { all: [{ field: 'rtp_account_score', op: 'gte', value: 40 }] } }] },
);
export type PreviewSegmentBody = Static<typeof PreviewSegmentBody>;

const MemberRef = Type.Object({
  rtp_aid: Type.Optional(Type.String({ maxLength: MAX_LENGTH.id })),
  domain: Type.Optional(Type.String({ maxLength: MAX_LENGTH.url })),
});

export const MembersBody = Type.Object(
  { accounts: Type.Array(MemberRef, { minItems: 1, maxItems: 1000 }) },
  { examples: [{ accounts: [{ rtp_aid: '663abc0e5f1c2a0012345678' }, { domain: 'globex.com' }] }] },
);
export type MembersBody = Static<typeof MembersBody>;

// Responses (SPEC §3.11). The envelope around each is added in segments.routes.ts.

/** An item of `GET /segments`; `type` appears only when the `type` query parameter is given. */
export const SegmentListItem = Type.Object({
  segmentId: Type.String(),
  name: Type.String(),
  status: StringEnum(SEGMENT_STATUSES),
  type: Type.Optional(StringEnum(SEGMENT_TYPES, { description: 'Present only when the `type` query parameter is given' })),
  memberCount: Type.Optional(Type.Integer({ minimum: 0, description: 'Present only when the `type` query parameter is given' })),
});

/** Dynamic-segment rules (SPEC §7); documented by description and example, checked by segment-rules.ts. */
const Rules = Type.Unsafe<SegmentRules>({
  type: 'object',
  additionalProperties: true,
  description:
    '`{ "all": [ … ] }` or `{ "any": [ … ] }`, nestable; a condition is `{ "field": <account field or custom field key>, ' +
    '"op": "eq|neq|gt|gte|lt|lte|in|contains|exists", "value": … }` (docs/api.md#dynamic-segment-rules)',
  examples: [{ all: [{ field: 'rtp_account_score', op: 'gte', value: 40 }, { any: [{ field: 'tags', op: 'contains', value: 'enterprise' }] }] }],
});

export const SegmentView = Type.Object(
  {
    segmentId: Type.String(),
    name: Type.String(),
    type: StringEnum(SEGMENT_TYPES),
    status: StringEnum(SEGMENT_STATUSES),
    rules: Nullable(Rules),
    createdAt: IsoTimestamp(),
    memberCount: Type.Integer({ minimum: 0 }),
  },
  { title: 'Segment', description: 'A segment (extension; docs/api.md#segments)' },
);
export type SegmentView = Static<typeof SegmentView>;

export const SEGMENT_EXAMPLE: SegmentView = {
  segmentId: '664a1b2c3d4e5f6071829304',
  name: 'Q2 Target Accounts',
  type: 'static',
  status: 'active',
  rules: null,
  createdAt: '2026-04-30T10:00:00.000Z',
  memberCount: 0,
};

const MemberResult = Type.Object({
  rtp_aid: Nullable(Type.String()),
  domain: Nullable(Type.String()),
  status: StringEnum(['added', 'removed', 'unchanged', 'failed'] as const),
  error: Type.Optional(Type.String()),
});

const Count = () => Type.Integer({ minimum: 0 });

export const AddMembersResult = Type.Object({
  results: Type.Array(MemberResult),
  summary: Type.Object({ total: Count(), added: Count(), unchanged: Count(), failed: Count() }),
});

export const RemoveMembersResult = Type.Object({
  results: Type.Array(MemberResult),
  summary: Type.Object({ total: Count(), removed: Count(), unchanged: Count(), failed: Count() }),
});

export const SegmentPreview = Type.Object(
  {
    memberCount: Count(),
    sample: Type.Array(Type.Object({ rtp_aid: Type.String(), name: Type.String(), domain: Type.String() }), {
      maxItems: 10,
      description: 'The first matching accounts (at most 10), oldest first',
    }),
    accountsEvaluated: Type.Integer({ minimum: 0, description: 'The workspace’s accounts the rules were evaluated for' }),
  },
  { title: 'SegmentPreview', description: 'Who rules would select now, without saving them' },
);
