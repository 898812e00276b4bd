export { createClient, IntentbaseClient } from './client.js';
export type {
  Account,
  AccountInput,
  AccountListQuery,
  AccountPushAnswer,
  AccountTombstone,
  ActivityInput,
  ActivityPushAnswer,
  ClientOptions,
  CrmAccountInput,
  CrmAccountPushAnswer,
  Deal,
  DealInput,
  DealListQuery,
  DealPushAnswer,
  DealTombstone,
  SignalInput,
  SignalPushAnswer,
  TombstoneQuery,
} from './client.js';
export { IntentbaseError, type ErrorEnvelope, type ValidationEntry } from './errors.js';
export { PagedList, type Page } from './pagination.js';
export type { PushOptions } from './push.js';
export { DEFAULT_RETRY, type RetryOptions } from './retry.js';
export type { SyncOptions, SyncReplica, SyncResult } from './sync.js';
export type { CallArgs, Method, PathsWith, RequestOptions, ResponseData } from './typed.js';
export {
  verifyWebhook,
  WebhookVerificationError,
  type HeaderSource,
  type VerifiedWebhook,
  type VerifyWebhookOptions,
  type WebhookFailure,
} from './webhooks.js';
export type { components, operations, paths } from './openapi.js';
