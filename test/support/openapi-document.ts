/**
 * Reading the OpenAPI document in tests: operations by route, and Ajv validators (JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1) for its schemas.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isIsoDate, isIsoDateTime } from '../../src/lib/iso-date.js';

// Both are CommonJS; their default exports arrive wrapped under ESM.
interface AjvLike {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null };
  addSchema(schema: object): unknown;
  addFormat(name: string, format: object): unknown;
  errorsText(errors?: unknown[] | null, options?: object): string;
}
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (options: object) => AjvLike;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: AjvLike, formats: string[]) => void;

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object>; securitySchemes?: Record<string, unknown> };
  [key: string]: unknown;
}

export interface Operation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description: string; content?: Record<string, Media> }>;
}

export interface Media {
  schema?: object;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}

/** `/api/v1/accounts/:rtp_aid` → `/api/v1/accounts/{rtp_aid}`. */
export function openApiPath(route: string): string {
  return route.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

export function operationOf(document: OpenApiDocument, method: string, route: string): Operation | undefined {
  return document.paths[openApiPath(route)]?.[method.toLowerCase()];
}

/**
 * Objects that list `properties` and say nothing about others are closed for the check, so a
 * response field the document does not declare fails it (the document itself stays open, as
 * OpenAPI documents usually are, so clients tolerate additions).
 */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === 'example' || key === 'examples' || key === 'const' || key === 'enum' || key === 'default' ? value : closed(value);
  }
  if ('properties' in out && !('additionalProperties' in out) && !('patternProperties' in out)) out.additionalProperties = false;
  return out;
}

const COMPONENTS_ID = 'urn:openapi:components';
const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples']);

/** `#/components/schemas/X` refs point into one schema holding the components, compiled once. */
function retarget<T>(node: T): T {
  return JSON.parse(JSON.stringify(node).replaceAll('"#/components/schemas/', `"${COMPONENTS_ID}#/$defs/`));
}

export type SchemaCheck = (value: unknown) => string | undefined;

/** A validator per schema of the document (compiled once each); returns the errors as text, or undefined. */
export function schemaChecker(document: OpenApiDocument): (schema: object) => SchemaCheck {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv, ['date-time', 'date', 'email', 'uri']);
  ajv.addFormat('iso8601', { type: 'string', validate: isIsoDateTime });
  ajv.addFormat('iso8601-date-or-time', { type: 'string', validate: (v: string) => isIsoDate(v) || isIsoDateTime(v) });
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: retarget(closed(document.components.schemas)) });
  // Keyed by the schema's text without annotations: the many identical error envelopes compile once.
  const cache = new Map<string, SchemaCheck>();
  return (schema) => {
    const annotation = (key: string, value: unknown) => ANNOTATIONS.has(key) && (typeof value === 'string' || key.startsWith('example'));
    const text = JSON.stringify(retarget(closed(schema)), (key, value) => (annotation(key, value) ? undefined : value));
    let check = cache.get(text);
    if (!check) {
      const validate = ajv.compile(JSON.parse(text));
      check = (value) => (validate(value) ? undefined : ajv.errorsText(validate.errors, { separator: '\n  ' }));
      cache.set(text, check);
    }
    return check;
  };
}
