import { Type } from 'typebox';
import { MAX_LENGTH } from '../../http/limits.js';
import { Nullable, StringEnum } from '../../http/schema-helpers.js';
import { IsoTimestamp } from '../../http/response-schemas.js';
import { WEBHOOK_EVENT_TYPES } from './webhook-events.js';

// Webhook endpoints and deliveries (docs/api.md, "Webhooks"). The envelope is added in webhooks.routes.ts.

const EventType = StringEnum(WEBHOOK_EVENT_TYPES);
const Events = Type.Array(EventType, { minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length * 4, description: 'The event types to receive' });
const Url = Type.String({ minLength: 1, maxLength: MAX_LENGTH.url, description: 'https (http only to loopback with WEBHOOK_ALLOW_LOOPBACK=1)' });
const Description = Nullable(Type.String({ maxLength: MAX_LENGTH.text }));

export const CreateEndpointBody = Type.Object(
  { url: Url, events: Events, description: Type.Optional(Description) },
  { additionalProperties: false, examples: [{ url: 'https://hooks.example.com/intentbase', events: ['account.created', 'account.score_changed'] }] },
);

export const UpdateEndpointBody = Type.Object(
  {
    url: Type.Optional(Url),
    events: Type.Optional(Events),
    description: Type.Optional(Description),
    enabled: Type.Optional(Type.Boolean({ description: 'true re-enables a disabled endpoint (its failures are forgotten); false disables it' })),
  },
  { additionalProperties: false, examples: [{ enabled: true }] },
);

export const EndpointParams = Type.Object({ webhookId: Type.String({ maxLength: MAX_LENGTH.id }) });
export const DeliveryParams = Type.Object({ webhookId: Type.String({ maxLength: MAX_LENGTH.id }), deliveryId: Type.String({ maxLength: MAX_LENGTH.id }) });

export const DeliveriesQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'Page size' })),
  cursor: Type.Optional(Type.String({ description: 'The previous page’s `nextCursor`' })),
});

const EndpointFields = {
  id: Type.String(),
  url: Type.String(),
  description: Nullable(Type.String()),
  events: Type.Array(EventType),
  status: StringEnum(['enabled', 'disabled'] as const),
  previousSecretExpiresAt: Nullable(IsoTimestamp({ description: 'After a roll: until when the previous secret still signs beside the current one' })),
  failingSince: Nullable(IsoTimestamp({ description: 'The first failed attempt since the last success' })),
  disabledAt: Nullable(IsoTimestamp()),
  createdAt: IsoTimestamp(),
  updatedAt: IsoTimestamp(),
};

export const Endpoint = Type.Object(EndpointFields);
export const CreatedEndpoint = Type.Object({ ...EndpointFields, secret: Type.String({ description: 'The signing secret (`whsec_` + 40 letters or digits): shown this once' }) });
export const EndpointList = Type.Array(Endpoint);
export const DeletedEndpoint = Type.Object({ id: Type.String(), deleted: Type.Literal(true) });
export const RolledSecret = Type.Object({
  id: Type.String(),
  secret: Type.String({ description: 'The new signing secret: shown this once' }),
  previousSecretExpiresAt: IsoTimestamp({ description: 'The previous secret signs beside the new one until then' }),
});

export const Delivery = Type.Object({
  id: Type.String(),
  endpointId: Type.String(),
  status: StringEnum(['pending', 'succeeded', 'failed'] as const),
  eventIds: Type.Array(Type.String(), { description: 'The events in its body, in order (at most 100)' }),
  attempts: Type.Integer(),
  responseCode: Nullable(Type.Integer({ description: 'The last attempt’s HTTP status, if it got one' })),
  responseTimeMs: Nullable(Type.Integer({ description: 'How long the last attempt took' })),
  error: Nullable(Type.String({ description: 'Why the last attempt failed' })),
  createdAt: IsoTimestamp(),
  lastAttemptAt: Nullable(IsoTimestamp()),
  nextAttemptAt: Nullable(IsoTimestamp({ description: 'When a pending delivery is next attempted' })),
  completedAt: Nullable(IsoTimestamp({ description: 'When it succeeded or was marked failed' })),
});
