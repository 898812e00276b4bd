import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * What callers outside the services may call: a service's async methods that do not take a
 * transaction (those are for other services, inside one). On SQLite these calls cross to the
 * service thread (src/runtime), so their arguments and results are plain data.
 */
export type ServiceApi<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => Promise<unknown> ? (TakesTransaction<T[K]> extends true ? never : K) : never]: T[K];
};

type TakesTransaction<F> = F extends (first: infer First, ...rest: never[]) => unknown
  ? Parameters<F> extends [] ? false : Transaction<Database> extends First ? true : false
  : false;
