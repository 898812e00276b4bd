/**
 * createClient: every route of both generations through typed `get`/`post`/`put`/`patch`/`delete`,
 * and resources for what an integration does most — batched pushes, cursor-paged lists, delta sync.
 */
import type { paths } from './openapi.js';
import { PagedList, type Page } from './pagination.js';
import { pushInBatches, type PushOptions } from './push.js';
import { syncReplica, type SyncOptions, type SyncResult, type SyncSource } from './sync.js';
import { Transport, type CallOptions, type HttpMethod, type TransportOptions } from './transport.js';
import { fillPath, type CallArgs, type Method, type PathsWith, type RequestOptions, type ResponseData } from './typed.js';

export type ClientOptions = TransportOptions;

type Body<P extends keyof paths, M extends Method> = NonNullable<RequestOptions<P, M>['body']>;
type Query<P extends keyof paths> = NonNullable<RequestOptions<P, 'get'>['query']>;
type Item<List> = List extends Array<infer T> ? T : never;

export type Account = Item<ResponseData<'/api/v1/accounts', 'get'>['data']>;
export type AccountInput = Item<Body<'/api/v1/accounts', 'post'>['accounts']>;
export type AccountPushAnswer = ResponseData<'/api/v1/accounts', 'post'>;
export type AccountTombstone = Item<ResponseData<'/api/v1/accounts/deleted', 'get'>['data']>;
export type Deal = Item<ResponseData<'/api/v1/deals', 'get'>['data']>;
export type DealInput = Item<Body<'/api/v1/deals', 'post'>['deals']>;
export type DealPushAnswer = ResponseData<'/api/v1/deals', 'post'>;
export type DealTombstone = Item<ResponseData<'/api/v1/deals/deleted', 'get'>['data']>;
export type ActivityInput = Item<Body<'/api/v1/sales-activities', 'post'>['activities']>;
export type ActivityPushAnswer = ResponseData<'/api/v1/sales-activities', 'post'>;
export type SignalInput = Item<Body<'/api/v1/signals', 'post'>['signals']>;
export type SignalPushAnswer = ResponseData<'/api/v1/signals', 'post'>;
export type CrmAccountInput = Item<Body<'/api/v1/crm/accounts', 'post'>['accounts']>;
export type CrmAccountPushAnswer = ResponseData<'/api/v1/crm/accounts', 'post'>;

/** The list query of accounts; `domains` may be given as an array (sent as the JSON text the route reads). */
export type AccountListQuery = Omit<Query<'/api/v1/accounts'>, 'cursor' | 'domains'> & { domains?: string[] | string };
export type DealListQuery = Omit<Query<'/api/v1/deals'>, 'cursor'>;
export type TombstoneQuery = Omit<Query<'/api/v1/accounts/deleted'>, 'cursor'>;

/** Each push route's batch size (docs/api.md "Limits") and the counts of its summary besides `total`. */
const BATCH = {
  accounts: { size: 100, counts: ['created', 'updated', 'failed'] },
  deals: { size: 100, counts: ['created', 'updated', 'failed'] },
  activities: { size: 50, counts: ['created', 'failed', 'skipped'] },
  signals: { size: 1000, counts: ['created', 'skipped', 'failed'] },
} as const;

type Prefix = '/api/v1' | '/api/v1/crm';

export class IntentbaseClient {
  private readonly transport: Transport;

  constructor(options: ClientOptions) {
    this.transport = new Transport(options);
  }

  get baseUrl(): string {
    return this.transport.baseUrl;
  }

  get<P extends PathsWith<'get'>>(path: P, ...args: CallArgs<P, 'get'>): Promise<ResponseData<P, 'get'>> {
    return this.typedCall('GET', path, args[0]) as Promise<ResponseData<P, 'get'>>;
  }

  post<P extends PathsWith<'post'>>(path: P, ...args: CallArgs<P, 'post'>): Promise<ResponseData<P, 'post'>> {
    return this.typedCall('POST', path, args[0]) as Promise<ResponseData<P, 'post'>>;
  }

  put<P extends PathsWith<'put'>>(path: P, ...args: CallArgs<P, 'put'>): Promise<ResponseData<P, 'put'>> {
    return this.typedCall('PUT', path, args[0]) as Promise<ResponseData<P, 'put'>>;
  }

  patch<P extends PathsWith<'patch'>>(path: P, ...args: CallArgs<P, 'patch'>): Promise<ResponseData<P, 'patch'>> {
    return this.typedCall('PATCH', path, args[0]) as Promise<ResponseData<P, 'patch'>>;
  }

  delete<P extends PathsWith<'delete'>>(path: P, ...args: CallArgs<P, 'delete'>): Promise<ResponseData<P, 'delete'>> {
    return this.typedCall('DELETE', path, args[0]) as Promise<ResponseData<P, 'delete'>>;
  }

  private typedCall(method: HttpMethod, template: string, options: TypedOptions | undefined): Promise<unknown> {
    const path = fillPath(template, options?.path);
    const csv = method === 'POST' && template.endsWith('/signals/import');
    return this.transport.call(method, path, {
      query: options?.query,
      body: options?.body,
      signal: options?.signal,
      ...(csv ? { contentType: 'text/csv' } : {}),
      ...(options?.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
    });
  }

  /** A list of `path` with `query`, paged by cursor. */
  private paged<T>(path: string, query: CallOptions['query'], signal?: AbortSignal): PagedList<T> {
    return new PagedList<T>((cursor) => this.transport.call('GET', path, { query: { ...query, cursor }, signal }) as Promise<Page<T>>);
  }

  private pushBatches<Answer extends { results: unknown[]; summary: object }>(
    path: string,
    field: keyof typeof BATCH,
    items: readonly unknown[],
    extra: Record<string, unknown>,
    options: PushOptions,
  ): Promise<Answer> {
    const { size, counts } = BATCH[field];
    const zero = Object.fromEntries(['total', ...counts].map((name) => [name, 0]));
    return pushInBatches(items, { size, zero }, options, (batch) =>
      this.transport.call('POST', path, { body: { ...extra, [field]: batch }, signal: options.signal }) as Promise<Answer>,
    ) as Promise<Answer>;
  }

  private accountsOf(prefix: Prefix) {
    const base = `${prefix}/accounts`;
    const changes = (query: AccountListQuery, signal?: AbortSignal) => {
      const { domains, ...rest } = query;
      return this.paged<Account>(base, { ...rest, domains: Array.isArray(domains) ? JSON.stringify(domains) : domains }, signal);
    };
    const tombstones = (query: TombstoneQuery = {}, signal?: AbortSignal) => this.paged<AccountTombstone>(`${base}/deleted`, query, signal);
    const source: SyncSource<Account, AccountTombstone> = {
      changes: (lastSync, limit, signal) => changes({ lastSync, limit }, signal),
      tombstones: (lastSync, limit, signal) => tombstones({ lastSync, limit }, signal),
      keyOf: (account) => account.rtp_aid,
      keyOfTombstone: (tombstone) => tombstone.rtp_aid,
    };
    return {
      /** Every account changed after `lastSync` (all, without it), oldest change first: `for await (const account of …)`. */
      list: (query: AccountListQuery = {}, options: { signal?: AbortSignal } = {}) => changes(query, options.signal),
      /** The tombstones of deleted accounts, from `lastSync`. */
      deleted: (query: TombstoneQuery = {}, options: { signal?: AbortSignal } = {}) => tombstones(query, options.signal),
      /** One delta-sync pass into the replica `load` gives; `save` gets the updated one after the pass completed. */
      sync: (options: SyncOptions<Account>): Promise<SyncResult<Account>> => syncReplica(source, options),
    };
  }

  private dealsOf(prefix: Prefix) {
    const base = `${prefix}/deals`;
    const changes = (query: DealListQuery = {}, signal?: AbortSignal) => this.paged<Deal>(base, query, signal);
    const tombstones = (query: TombstoneQuery = {}, signal?: AbortSignal) => this.paged<DealTombstone>(`${base}/deleted`, query, signal);
    const source: SyncSource<Deal, DealTombstone> = {
      changes: (lastSync, limit, signal) => changes({ lastSync, limit }, signal),
      tombstones: (lastSync, limit, signal) => tombstones({ lastSync, limit }, signal),
      keyOf: (deal) => deal.externalDealId,
      keyOfTombstone: (tombstone) => tombstone.externalDealId,
    };
    return {
      /** Upserts any number of deals, 100 per request. */
      push: (deals: readonly DealInput[], options: PushOptions = {}): Promise<DealPushAnswer> =>
        this.pushBatches(base, 'deals', deals, {}, options),
      list: (query: DealListQuery = {}, options: { signal?: AbortSignal } = {}) => changes(query, options.signal),
      deleted: (query: TombstoneQuery = {}, options: { signal?: AbortSignal } = {}) => tombstones(query, options.signal),
      sync: (options: SyncOptions<Deal>): Promise<SyncResult<Deal>> => syncReplica(source, options),
    };
  }

  private activitiesOf(prefix: Prefix) {
    return {
      /** Pushes any number of calls and emails, 50 per request. */
      push: (activities: readonly ActivityInput[], options: PushOptions = {}): Promise<ActivityPushAnswer> =>
        this.pushBatches(`${prefix}/sales-activities`, 'activities', activities, {}, options),
    };
  }

  private signalsOf(prefix: Prefix) {
    return {
      /** Ingests any number of intent signals, 1,000 per request; each result's `index` names its input item. */
      push: (signals: readonly SignalInput[], options: PushOptions = {}): Promise<SignalPushAnswer> =>
        this.pushBatches(`${prefix}/signals`, 'signals', signals, {}, options),
    };
  }

  /** Accounts of the External API, keyed by domain. */
  readonly accounts = {
    ...this.accountsOf('/api/v1'),
    /** Creates (or with `upsert`, updates) any number of accounts, 100 per request; one result per item, in input order. */
    push: (accounts: readonly AccountInput[], options: PushOptions & { upsert?: boolean; segmentId?: string } = {}): Promise<AccountPushAnswer> => {
      const { upsert, segmentId, ...push } = options;
      const extra = { ...(upsert === undefined ? {} : { upsert }), ...(segmentId === undefined ? {} : { segmentId }) };
      return this.pushBatches('/api/v1/accounts', 'accounts', accounts, extra, push);
    },
  };

  readonly deals = this.dealsOf('/api/v1');
  readonly activities = this.activitiesOf('/api/v1');
  readonly signals = this.signalsOf('/api/v1');

  /** The CRM API generation (`/api/v1/crm/`): accounts keyed by `externalId`. */
  readonly crm = {
    accounts: {
      ...this.accountsOf('/api/v1/crm'),
      /** Creates or updates any number of accounts by `externalId`, 100 per request. */
      push: (accounts: readonly CrmAccountInput[], options: PushOptions & { segmentId?: string } = {}): Promise<CrmAccountPushAnswer> => {
        const { segmentId, ...push } = options;
        return this.pushBatches('/api/v1/crm/accounts', 'accounts', accounts, segmentId === undefined ? {} : { segmentId }, push);
      },
    },
    deals: this.dealsOf('/api/v1/crm'),
    activities: this.activitiesOf('/api/v1/crm'),
    signals: this.signalsOf('/api/v1/crm'),
  };
}

interface TypedOptions {
  path?: Record<string, string | number>;
  query?: CallOptions['query'];
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** A client of the Intentbase API at `baseUrl`, authenticated by `apiKey`. */
export function createClient(options: ClientOptions): IntentbaseClient {
  return new IntentbaseClient(options);
}
