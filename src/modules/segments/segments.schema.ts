import { Type, type Static } from 'typebox';
import { NonEmptyString, PageQuery, StringEnum } from '../../http/schema-helpers.js';

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

export const CreateSegmentBody = Type.Object({
  name: NonEmptyString(),
  type: StringEnum(SEGMENT_TYPES),
  status: Type.Optional(StringEnum(SEGMENT_STATUSES)),
  rules: Type.Optional(Type.Unknown()),
});
export type CreateSegmentBody = Static<typeof CreateSegmentBody>;

export const UpdateSegmentBody = Type.Object(
  {
    name: Type.Optional(NonEmptyString()),
    status: Type.Optional(StringEnum(SEGMENT_STATUSES)),
    rules: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: false },
);
export type UpdateSegmentBody = Static<typeof UpdateSegmentBody>;

const MemberRef = Type.Object({
  rtp_aid: Type.Optional(Type.String()),
  domain: Type.Optional(Type.String()),
});

export const MembersBody = Type.Object({
  accounts: Type.Array(MemberRef, { minItems: 1, maxItems: 1000 }),
});
export type MembersBody = Static<typeof MembersBody>;
