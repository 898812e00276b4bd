// Compile-time checks of ServiceApi (src/lib/service-api.ts), run by `npm run typecheck`: what the
// HTTP layer and the CLI may call on a service, on SQLite across the service thread.
import type { ServiceApi } from '../../src/lib/service-api.js';
import type { AccountsService } from '../../src/modules/accounts/accounts.service.js';
import type { ScoringService } from '../../src/modules/scoring/scoring.service.js';

type Accounts = keyof ServiceApi<AccountsService>;

export const callable: Accounts[] = ['createAccounts', 'listAccounts', 'getAccount', 'updateCustomFields', 'mapExternalIds', 'sampleDomains'];
// @ts-expect-error writeBatch takes a planner function, which cannot cross to another thread
export const takesFunction: Accounts = 'writeBatch';
// @ts-expect-error stampAccounts takes a transaction: it is for other services, inside one
export const takesTransaction: Accounts = 'stampAccounts';
export const scoring: Array<keyof ServiceApi<ScoringService>> = ['startRun', 'waitForRun', 'stop', 'listRuns'];
