import type { FastifySchemaValidationError } from 'fastify';
import type { Ajv, ValidateFunction } from 'ajv';
import { MAX_REPORTED_ERRORS } from './limits.js';

// Wrappers around the compiled Ajv validators (src/http/setup.ts `setValidatorCompiler`): what Ajv
// alone would let through, or would spend far too long on.

export type Validate = ((data: unknown) => boolean) & { errors?: FastifySchemaValidationError[] | null };

interface SchemaNode {
  maxItems?: number;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  allOf?: SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode;
}

type ReportedError = FastifySchemaValidationError & Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Finds the arrays of `data` longer than the `maxItems` of the schema that describes them, at any
 * depth the schema reaches (`properties`, `items`, `allOf`, and `then` where its `if` holds). An
 * oversized array is reported and not entered.
 */
function findOversizedArrays(schema: SchemaNode, data: unknown, pointer: string, holds: (condition: SchemaNode, data: unknown) => boolean, found: ReportedError[]): void {
  if (Array.isArray(data)) {
    if (schema.maxItems !== undefined && data.length > schema.maxItems) {
      found.push({
        keyword: 'maxItems',
        instancePath: pointer,
        schemaPath: '#',
        params: { limit: schema.maxItems },
        data,
        parentSchema: schema,
        message: `must NOT have more than ${schema.maxItems} items`,
      });
      return;
    }
    if (schema.items) data.forEach((item, i) => findOversizedArrays(schema.items!, item, `${pointer}/${i}`, holds, found));
  } else if (isObject(data)) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (Object.hasOwn(data, name)) findOversizedArrays(property, data[name], `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, holds, found);
    }
  }
  for (const part of schema.allOf ?? []) findOversizedArrays(part, data, pointer, holds, found);
  if (schema.if && schema.then && holds(schema.if, data)) findOversizedArrays(schema.then, data, pointer, holds, found);
}

/**
 * An array over its `maxItems` — a batch, or tags, contacts, options inside it — is refused before
 * its elements are validated. Ajv (with `allErrors`) would check and report every element: a 2 MB
 * body of a million bad tags cost four seconds in Ajv, twenty in formatting a 150 MB answer, all of
 * it on the event loop every tenant shares. Only arrays within their limits reach the validator, so
 * the work and the answer are bounded by the limits' product.
 */
export function withArraySizeGuard(schema: unknown, validate: Validate, ajv: Ajv): Validate {
  const conditions = new Map<SchemaNode, ValidateFunction>();
  const holds = (condition: SchemaNode, data: unknown) => {
    let check = conditions.get(condition);
    if (!check) conditions.set(condition, (check = ajv.compile(condition)));
    return check(data);
  };
  const guarded: Validate = (data) => {
    const oversized: ReportedError[] = [];
    findOversizedArrays(schema as SchemaNode, data, '', holds, oversized);
    if (oversized.length > 0) {
      guarded.errors = oversized;
      return false;
    }
    const valid = validate(data);
    guarded.errors = validate.errors;
    return valid;
  };
  return guarded;
}

/**
 * Query strings and path parameters arrive as text and are coerced: Ajv turns `1e400` or
 * `Infinity` into Infinity and then skips its own checks of that value, even with `strictNumbers`
 * (ajv-validator/ajv#2212, unfixed in Ajv 8). Such a value is reported as the type error it is.
 */
export function withFiniteCoercedNumbers(schema: unknown, validate: Validate): Validate {
  const properties = (schema as { properties?: Record<string, { type?: string } | undefined> }).properties ?? {};
  const guarded: Validate = (data) => {
    const valid = validate(data);
    const nonFinite = Object.entries((data ?? {}) as Record<string, unknown>).filter(([, value]) =>
      (Array.isArray(value) ? value : [value]).some((v) => typeof v === 'number' && !Number.isFinite(v)),
    );
    const errors = nonFinite.map(([name, value]): ReportedError => ({
      keyword: 'type',
      instancePath: `/${name}`,
      schemaPath: `#/properties/${name}/type`,
      params: { type: properties[name]?.type ?? 'number' },
      data: value,
      parentSchema: properties[name] ?? { type: 'number' },
      message: 'must be a finite number',
    }));
    guarded.errors = errors.length > 0 ? [...(validate.errors ?? []), ...errors] : validate.errors;
    return valid && errors.length === 0;
  };
  return guarded;
}

/**
 * Only the first MAX_REPORTED_ERRORS schema violations go on to be formatted (by Fastify, then
 * into SPEC §2.4 issues): a body within every limit can still break tens of thousands of
 * constraints (50 activities × 100 contacts × 8 fields), and formatting them all held the event
 * loop for a second to answer megabytes.
 */
export function withReportedErrorsCapped(validate: Validate): Validate {
  const capped: Validate = (data) => {
    const valid = validate(data);
    capped.errors = validate.errors && validate.errors.length > MAX_REPORTED_ERRORS ? validate.errors.slice(0, MAX_REPORTED_ERRORS) : validate.errors;
    return valid;
  };
  return capped;
}
