import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * What callers outside the services may call: a service's async methods that take neither a
 * transaction nor a function (those are for other services, inside one). On SQLite these calls
 * cross to the service thread (src/runtime), so their arguments and results are plain data.
 */
export type ServiceApi<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => Promise<unknown> ? (InThreadOnly<T[K]> extends true ? never : K) : never]: T[K];
};

type InThreadOnly<F> = F extends (...args: infer P) => unknown
  ? P extends []
    ? false
    : Transaction<Database> extends P[0]
      ? true
      : Extract<P[number], (...args: never[]) => unknown> extends never
        ? false
        : true
  : false;
