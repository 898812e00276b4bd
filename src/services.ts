import type { DatabaseHandle } from './db/index.js';
import type { Log } from './lib/log.js';
import type { ServiceApi } from './lib/service-api.js';
import { WorkspacesService } from './modules/workspaces/workspaces.service.js';
import { CustomFieldsService } from './modules/custom-fields/custom-fields.service.js';
import { SegmentsService } from './modules/segments/segments.service.js';
import { AccountsService } from './modules/accounts/accounts.service.js';
import { CrmAccountsService } from './modules/accounts/crm-accounts.service.js';
import { DealStagesService } from './modules/deal-stages/deal-stages.service.js';
import { DealsService } from './modules/deals/deals.service.js';
import { ActivitiesService } from './modules/activities/activities.service.js';
import { SignalsService } from './modules/signals/signals.service.js';
import { ScoringService } from './modules/scoring/scoring.service.js';
import { ConsoleService } from './modules/console/console.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { DeletionsService } from './modules/deletions/deletions.service.js';
import { RateLimitsService } from './modules/rate-limits/rate-limits.service.js';
import { JourneyService } from './modules/journey/journey.service.js';
import { IdempotencyService } from './modules/idempotency/idempotency.service.js';
import { WebhooksService } from './modules/webhooks/webhooks.service.js';
import { reevaluateWrittenAccounts } from './modules/segments/dynamic-members.js';

/** Every service, built once over one database. */
export interface Services {
  workspaces: WorkspacesService;
  customFields: CustomFieldsService;
  segments: SegmentsService;
  accounts: AccountsService;
  crmAccounts: CrmAccountsService;
  dealStages: DealStagesService;
  deals: DealsService;
  activities: ActivitiesService;
  signals: SignalsService;
  scoring: ScoringService;
  console: ConsoleService;
  rateLimits: RateLimitsService;
  deletions: DeletionsService;
  audit: AuditService;
  journey: JourneyService;
  idempotency: IdempotencyService;
  webhooks: WebhooksService;
}

export interface ServiceOptions {
  /** Where the services log (scoring runs' outcomes). */
  log?: Log;
  /** The clock scores are computed with (tests move it). */
  clock?: () => number;
}

/**
 * The composition root: every service, built once over one database and wired to the others it
 * needs. Where this runs is where the services run — the HTTP thread on PostgreSQL, the service
 * thread on SQLite (src/runtime) — so every listener fires on both engines alike.
 */
export function createServices(database: DatabaseHandle, options: ServiceOptions = {}): { services: Services; close: () => Promise<void> } {
  const { db, dialect, reads } = database;
  const workspaces = new WorkspacesService(db, dialect);
  const customFields = new CustomFieldsService(db, dialect);
  const segments: SegmentsService = new SegmentsService(db, dialect, reads, {
    activeFieldKeys: async (workspaceId) => (await customFields.listActiveFields(workspaceId)).map((f) => f.key),
    stampAccounts: (trx, workspaceId, accountIds, stamps) => accounts.stampAccounts(trx, workspaceId, accountIds, stamps),
    log: options.log,
  });
  const deals = new DealsService(database);
  const accounts: AccountsService = new AccountsService(database, {
    customFields,
    segments,
    // Deals link to accounts on read; an account created or re-keyed restamps them for delta sync.
    onKeysChanged: (trx, workspaceId, keys) => deals.restampDealsReferencing(trx, workspaceId, keys),
    // Dynamic segments follow every account write, in its transaction (SPEC §7).
    onWritten: (trx, workspaceId, ids) => reevaluateWrittenAccounts(trx, dialect, workspaceId, ids),
  });
  const crmAccounts = new CrmAccountsService(db, dialect, customFields, accounts);
  const dealStages = new DealStagesService(db, dialect);
  const activities = new ActivitiesService(database);
  const signals = new SignalsService(db, dialect);
  const scoring = new ScoringService(database, { log: options.log, now: options.clock });
  const consoleSessions = new ConsoleService(db, dialect);
  const rateLimits = new RateLimitsService(db, dialect);
  const deletions = new DeletionsService(db, dialect, reads);
  const audit = new AuditService(db, dialect, reads);
  const journey = new JourneyService(db, options.clock);
  const idempotency = new IdempotencyService(db, dialect);
  const webhooks = new WebhooksService(db, dialect);
  const services = { workspaces, customFields, segments, accounts, crmAccounts, dealStages, deals, activities, signals, scoring, console: consoleSessions, rateLimits, deletions, audit, journey, idempotency, webhooks };
  // Runs started by the API or the schedule stop after their current chunk, resumably.
  // So do the member evaluations started by segment saves.
  const close = async () => {
    await Promise.all([scoring.stop(), segments.stop()]);
  };
  return { services, close };
}

/** The services as callers outside them see them (ServiceApi): on SQLite, a proxy to the service thread. */
export type ServicesApi = { [K in keyof Services]: ServiceApi<Services[K]> };
