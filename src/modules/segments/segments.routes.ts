import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { apiResponses, Envelope, Page } from '../../http/response-schemas.js';
import { Account, ACCOUNT_EXAMPLE } from '../accounts/accounts.schema.js';
import type { SegmentsService } from './segments.service.js';
import type { ServiceApi } from '../../lib/service-api.js';
import {
  AddMembersResult,
  CreateSegmentBody,
  ListSegmentsQuery,
  MembersBody,
  MembersQuery,
  PreviewSegmentBody,
  RemoveMembersResult,
  SEGMENT_EXAMPLE,
  SegmentIdParams,
  SegmentListItem,
  SegmentPreview,
  SegmentView,
  UpdateSegmentBody,
} from './segments.schema.js';

const tags = ['Segments'];
const EXAMPLE_PATH = `/api/v1/segments/${SEGMENT_EXAMPLE.segmentId}`;
const segmentNotFound = { description: 'No segment with this id in the key’s workspace', example: 'Segment not found' };
const badSegmentId = { description: 'Invalid segmentId format, or a schema violation', example: 'Invalid segmentId format' };
const segmentResponse = (description: string) =>
  Envelope(SegmentView, { description, path: EXAMPLE_PATH, example: SEGMENT_EXAMPLE });
const membersChange = { description: 'One result per reference, in input order' };

export function registerSegmentRoutes(app: FastifyInstance, segments: ServiceApi<SegmentsService>): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/segments',
    {
      schema: {
        operationId: 'listSegments',
        summary: 'List segments',
        description:
          'Active and draft static segments, oldest first (docs/api.md#segments). Extension: `type=static|dynamic|all` and `status=` filters; ' +
          'with `type` given, each item also shows its type and its member count.',
        tags,
        querystring: ListSegmentsQuery,
        response: apiResponses(
          Envelope(Page(SegmentListItem), {
            description: 'A page of segments',
            path: '/api/v1/segments',
            example: {
              data: [{ segmentId: SEGMENT_EXAMPLE.segmentId, name: 'Q2 Target Accounts', status: 'active' }],
              nextCursor: null,
              hasNextPage: false,
              syncTimestamp: '2026-04-30T10:00:00.000Z',
            },
          }),
        ),
      },
    },
    (request) => segments.list(request.workspaceId, request.query),
  );

  api.post(
    '/segments',
    {
      schema: {
        operationId: 'createSegment',
        summary: 'Create a segment',
        description: 'Static or dynamic; `rules` (docs/api.md#dynamic-segment-rules) are required for a dynamic segment and refused for a static one (extension).',
        tags,
        body: CreateSegmentBody,
        response: apiResponses(segmentResponse('The created segment'), { body: true }),
      },
    },
    (request) => segments.create(request.workspaceId, request.body, request.auditActor, request.idempotentCall),
  );

  api.post(
    '/segments/preview',
    {
      config: { writesNothing: true },
      schema: {
        operationId: 'previewSegment',
        summary: 'Preview a dynamic segment’s members',
        description:
          'Evaluates dynamic segment `rules` (docs/api.md#dynamic-segment-rules) over every account of the workspace now, without saving anything: the number of ' +
          'accounts they select and the first ten. The rules are validated as POST /segments validates them, with the same limits and messages. ' +
          'It reads every account of the workspace, so its cost grows with the workspace (docs/console.md, "Segments") (extension).',
        tags,
        body: PreviewSegmentBody,
        response: apiResponses(
          Envelope(SegmentPreview, {
            description: 'The members the rules would have now',
            path: '/api/v1/segments/preview',
            example: { memberCount: 1, sample: [{ rtp_aid: '663abc0e5f1c2a0012345678', name: 'Acme Corp', domain: 'acme.com' }], accountsEvaluated: 120 },
          }),
          { body: true, 400: { description: 'Rules missing or refused (the messages of POST /segments)', example: 'field must be an account field or the key of an active custom field' } },
        ),
      },
    },
    (request) => segments.preview(request.workspaceId, request.body.rules),
  );

  api.get(
    '/segments/:segmentId',
    {
      schema: {
        operationId: 'getSegment',
        summary: 'One segment',
        description: 'Any type or status (extension).',
        tags,
        params: SegmentIdParams,
        response: apiResponses(segmentResponse('The segment'), { 404: segmentNotFound, 400: badSegmentId }),
      },
    },
    (request) => segments.get(request.workspaceId, request.params.segmentId),
  );

  api.patch(
    '/segments/:segmentId',
    {
      schema: {
        operationId: 'updateSegment',
        summary: 'Update a segment',
        description: 'Changes `name`, `status` and (dynamic segments) `rules`; no other field is accepted (extension).',
        tags,
        params: SegmentIdParams,
        body: UpdateSegmentBody,
        response: apiResponses(segmentResponse('The updated segment'), { body: true, 404: segmentNotFound, 400: badSegmentId }),
      },
    },
    (request) => segments.update(request.workspaceId, request.params.segmentId, request.body, request.auditActor, request.idempotentCall),
  );

  api.get(
    '/segments/:segmentId/accounts',
    {
      schema: {
        operationId: 'listSegmentAccounts',
        summary: 'A segment’s member accounts',
        description: 'Members in the shape of GET /accounts, keyset-paginated; `lastSync` filters by membership change (extension).',
        tags,
        params: SegmentIdParams,
        querystring: MembersQuery,
        response: apiResponses(
          Envelope(Page(Account), {
            description: 'A page of member accounts',
            path: `${EXAMPLE_PATH}/accounts`,
            example: { data: [ACCOUNT_EXAMPLE], nextCursor: null, hasNextPage: false, syncTimestamp: '2026-04-30T10:00:00.000Z' },
          }),
          { 404: segmentNotFound, 400: badSegmentId },
        ),
      },
    },
    (request) => segments.listMembers(request.workspaceId, request.params.segmentId, request.query),
  );

  api.post(
    '/segments/:segmentId/accounts',
    {
      schema: {
        operationId: 'addSegmentAccounts',
        summary: 'Add accounts to a static segment',
        description: 'Each reference is `{ rtp_aid }` or `{ domain }`; existing members are reported `unchanged` (extension).',
        tags,
        params: SegmentIdParams,
        body: MembersBody,
        response: apiResponses(
          Envelope(AddMembersResult, {
            ...membersChange,
            path: `${EXAMPLE_PATH}/accounts`,
            example: {
              results: [{ rtp_aid: '663abc0e5f1c2a0012345678', domain: 'acme.com', status: 'added' }],
              summary: { total: 1, added: 1, unchanged: 0, failed: 0 },
            },
          }),
          {
            body: true,
            404: segmentNotFound,
            400: { description: 'Invalid segmentId format, a schema violation, or the segment is not static or not active/draft' },
          },
        ),
      },
    },
    (request) => segments.addMembers(request.workspaceId, request.params.segmentId, request.body.accounts, request.idempotentCall),
  );

  api.delete(
    '/segments/:segmentId/accounts',
    {
      schema: {
        operationId: 'removeSegmentAccounts',
        summary: 'Remove accounts from a static segment',
        description: 'Each reference is `{ rtp_aid }` or `{ domain }`; non-members are reported `unchanged` (extension).',
        tags,
        params: SegmentIdParams,
        body: MembersBody,
        response: apiResponses(
          Envelope(RemoveMembersResult, {
            ...membersChange,
            path: `${EXAMPLE_PATH}/accounts`,
            example: {
              results: [{ rtp_aid: '663abc0e5f1c2a0012345678', domain: 'acme.com', status: 'removed' }],
              summary: { total: 1, removed: 1, unchanged: 0, failed: 0 },
            },
          }),
          { body: true, 404: segmentNotFound, 400: { description: 'Invalid segmentId format, a schema violation, or the segment is not static' } },
        ),
      },
    },
    (request) => segments.removeMembers(request.workspaceId, request.params.segmentId, request.body.accounts),
  );
}
