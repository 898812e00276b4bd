import type { Migration } from 'kysely';
import * as initial from './2026-11-27-001-initial.js';
import * as deals from './2026-11-27-002-deals.js';
import * as activities from './2026-11-27-003-activities.js';
import * as signals from './2026-11-27-004-signals.js';
import * as scoring from './2026-11-27-005-scoring.js';
import * as uts46Domains from './2026-12-05-006-uts46-domains.js';
import * as consoleSignIn from './2026-12-05-007-console-sign-in.js';
import * as readOnlyKeys from './2026-12-05-008-read-only-keys.js';
import * as accountListIndexes from './2026-12-05-009-account-list-indexes.js';
import * as journeyIndexes from './2026-12-05-010-journey-indexes.js';
import * as scoringRunTotal from './2026-12-05-011-scoring-run-total.js';
import * as changeClockFromCreation from './2026-12-05-012-change-clock-from-creation.js';
import * as rateLimitBuckets from './2026-12-05-013-rate-limit-buckets.js';
import * as tombstones from './2026-12-05-014-tombstones.js';
import * as auditEvents from './2026-12-05-015-audit-events.js';
import * as signalFoldIndex from './2026-12-05-016-signal-fold-index.js';
import * as idempotencyKeys from './2026-12-05-020-idempotency-keys.js';
import * as changeClocks from './2026-12-05-023-change-clocks.js';
import * as webhooks from './2026-12-05-024-webhooks.js';
import * as accountTagsUnicodeFold from './2026-12-06-025-account-tags-unicode-fold.js';
import * as accountNameSearchKey from './2026-12-06-026-account-name-search-key.js';

/** Every migration in order of its name; the Migrator runs the ones a database has not seen. */
export const migrations: Record<string, Migration> = {
  '2026-11-27-001-initial': initial,
  '2026-11-27-002-deals': deals,
  '2026-11-27-003-activities': activities,
  '2026-11-27-004-signals': signals,
  '2026-11-27-005-scoring': scoring,
  '2026-12-05-006-uts46-domains': uts46Domains,
  '2026-12-05-007-console-sign-in': consoleSignIn,
  '2026-12-05-008-read-only-keys': readOnlyKeys,
  '2026-12-05-009-account-list-indexes': accountListIndexes,
  '2026-12-05-010-journey-indexes': journeyIndexes,
  '2026-12-05-011-scoring-run-total': scoringRunTotal,
  '2026-12-05-012-change-clock-from-creation': changeClockFromCreation,
  '2026-12-05-013-rate-limit-buckets': rateLimitBuckets,
  '2026-12-05-014-tombstones': tombstones,
  '2026-12-05-015-audit-events': auditEvents,
  '2026-12-05-016-signal-fold-index': signalFoldIndex,
  '2026-12-05-020-idempotency-keys': idempotencyKeys,
  '2026-12-05-023-change-clocks': changeClocks,
  '2026-12-05-024-webhooks': webhooks,
  '2026-12-06-025-account-tags-unicode-fold': accountTagsUnicodeFold,
  '2026-12-06-026-account-name-search-key': accountNameSearchKey,
};
