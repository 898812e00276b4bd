import { Type, type Static } from 'typebox';
import { IsoDateTime, NonEmptyString, Nullable, StringEnum } from '../../http/schema-helpers.js';
import { SIGNAL_SOURCES } from './signal-sources.js';
import { MAX_LENGTH } from '../../http/limits.js';

export { SIGNAL_SOURCES, type SignalSource } from './signal-sources.js';

/** Counts are stored as 32-bit integers; a larger value is a validation error, never a 500. */
export const MAX_SIGNAL_COUNT = 2_147_483_647;

/** At most this many signals per request (SPEC §4.1); the importer writes batches of this size. */
export const MAX_SIGNALS_PER_REQUEST = 1000;

/**
 * One signal. `type` is checked against its source per item (a wrong type fails that item only),
 * and so are the bombora-only requirements; everything here rejects the whole request.
 */
export const SignalItem = Type.Object({
  // Not nullable: a nullable enum's isIn message would list the null (validation.ts joins allowedValues).
  source: StringEnum(SIGNAL_SOURCES),
  domain: NonEmptyString({ maxLength: MAX_LENGTH.url }),
  type: NonEmptyString({ maxLength: MAX_LENGTH.name }),
  occurredAt: IsoDateTime({ minLength: 1 }),
  count: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_SIGNAL_COUNT, default: 1 })),
  // Optional fields may be null, which is the same as leaving them out.
  externalSignalId: Type.Optional(Nullable(NonEmptyString({ maxLength: MAX_LENGTH.id }))),
  url: Type.Optional(Nullable(Type.String({ maxLength: MAX_LENGTH.url }))),
  topic: Type.Optional(Nullable(Type.String({ maxLength: MAX_LENGTH.name }))),
  score: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100 }))),
});
export type SignalItem = Static<typeof SignalItem>;

export const CreateSignalsBody = Type.Object({
  signals: Type.Array(SignalItem, { minItems: 1, maxItems: MAX_SIGNALS_PER_REQUEST }),
});
export type CreateSignalsBody = Static<typeof CreateSignalsBody>;

/** `POST /signals` (SPEC §4.1): one result per input signal, in input order. The envelope is added in signals.routes.ts. */
export const CreateSignalsResult = Type.Object({
  results: Type.Array(
    Type.Object({
      index: Type.Integer({ minimum: 0, description: 'The signal’s position in the request' }),
      status: StringEnum(['created', 'skipped', 'failed'] as const),
      error: Type.Optional(Type.String({ description: 'Why the signal failed' })),
      reason: Type.Optional(Type.String({ description: 'Why the signal was skipped, e.g. `Duplicate signal`' })),
    }),
  ),
  summary: Type.Object({ total: Type.Integer(), created: Type.Integer(), skipped: Type.Integer(), failed: Type.Integer() }),
});
