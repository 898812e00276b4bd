import type { DatabaseHandle } from './db/index.js';
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
import { reevaluateWrittenAccounts } from './modules/segments/dynamic-members.js';

/** Every service, built once per app over one database handle. */
export interface Services {
  database: DatabaseHandle;
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
}

export function createServices(database: DatabaseHandle): Services {
  const workspaces = new WorkspacesService(database.db, database.dialect);
  const customFields = new CustomFieldsService(database.db, database.dialect);
  const activeFieldKeys = async (workspaceId: string) => (await customFields.listActiveFields(workspaceId)).map((f) => f.key);
  const segments = new SegmentsService(database.db, database.dialect, activeFieldKeys);
  const accounts = new AccountsService(database, customFields, segments);
  const crmAccounts = new CrmAccountsService(database.db, database.dialect, customFields, segments, accounts);
  const dealStages = new DealStagesService(database.db, database.dialect);
  const deals = new DealsService(database);
  // Deals link to accounts on read; an account created or re-keyed restamps them for delta sync.
  accounts.onAccountKeysChanged((trx, workspaceId, keys) => deals.restampDealsReferencing(trx, workspaceId, keys));
  const activities = new ActivitiesService(database);
  const signals = new SignalsService(database.db, database.dialect);
  const scoring = new ScoringService(database.db, database.dialect);
  // Dynamic segments follow every account write, in its transaction (SPEC §7).
  accounts.onAccountsWritten((trx, workspaceId, ids) => reevaluateWrittenAccounts(trx, database.dialect, workspaceId, ids));
  return { database, workspaces, customFields, segments, accounts, crmAccounts, activities, dealStages, deals, signals, scoring };
}
