/**
 * Types that read the generated OpenAPI `paths` (openapi.ts): which paths take a method, the path
 * parameters, query and body of each, and the `data` its 200 answer carries. They type every route of
 * both generations without a line per route.
 */
import type { paths } from './openapi.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The paths that have an operation for `M`. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];

export type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type PathOption<Op> = Op extends { parameters: { path: infer Params } } ? { path: Params } : { path?: undefined };

type QueryOption<Op> = Op extends { parameters: { query: infer Query } }
  ? { query: Query }
  : Op extends { parameters: { query?: infer Query } }
    ? { query?: Query }
    : { query?: undefined };

type ContentOf<Content> = Content extends { 'application/json': infer Json } ? Json : Content extends { 'text/csv': infer Csv } ? Csv : never;

type BodyOption<Op> = Op extends { requestBody: { content: infer Content } }
  ? { body: ContentOf<Content> }
  : Op extends { requestBody?: { content: infer Content } }
    ? [Content] extends [never]
      ? { body?: undefined }
      : { body?: ContentOf<Content> }
    : { body?: undefined };

/** What a call of `M path` takes: the path parameters, query and body its route declares, and per-call settings. */
export type RequestOptions<P extends keyof paths, M extends Method> = PathOption<Operation<P, M>> &
  QueryOption<Operation<P, M>> &
  BodyOption<Operation<P, M>> & {
    /** The key of this logical request (default: a random one per POST, PUT and PATCH, kept across retries). */
    idempotencyKey?: string;
    signal?: AbortSignal;
  };

/** The `data` of the route's 200 answer (the whole body for the routes outside the envelope). */
export type ResponseData<P extends keyof paths, M extends Method> = Operation<P, M> extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body extends { statusCode: 200; data: infer Data }
    ? Data
    : Body
  : unknown;

/** True when every property of T is optional: the options argument may then be left out. */
type AllOptional<T> = Partial<T> extends T ? true : false;

/** The arguments of a call: the options may be left out when nothing in them is required. */
export type CallArgs<P extends keyof paths, M extends Method> =
  AllOptional<RequestOptions<P, M>> extends true ? [options?: RequestOptions<P, M>] : [options: RequestOptions<P, M>];

/** `/api/v1/accounts/{rtp_aid}` with `{ rtp_aid: 'x' }` → `/api/v1/accounts/x`, each value URL-encoded. */
export function fillPath(template: string, params: Record<string, string | number> | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new TypeError(`${template} needs the path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
