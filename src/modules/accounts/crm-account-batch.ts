import { normalizeDomain } from '../../lib/domain.js';
import {
  checkCustomFieldValues,
  UNABLE_TO_ADD_ACCOUNT,
  unknownKeysMessage,
  type FieldDefinition,
} from '../custom-fields/custom-field-values.js';
import { applyAccountItem, sameAccountState, type AccountState } from './account-batch.js';
import type { SharedExternalId } from './accounts.repository.js';
import type { AccountItem } from './accounts.schema.js';

/** A CRM-generation account item: `externalId` is required and is the key (SPEC §5). */
export type CrmAccountItem = AccountItem & { externalId: string };

export interface CrmAccountResult {
  externalId: string;
  status: 'created' | 'updated' | 'failed';
  error?: string;
}

export interface CrmBatchPlan {
  results: CrmAccountResult[];
  /** Final state of every account to write, by id, and whether it is new. */
  writes: Map<string, { state: AccountState; isNew: boolean }>;
  /** Accounts reported created or updated, in order (they join the batch's segment, if any). */
  touchedIds: string[];
}

/** What a batch knows of existing accounts: by normalised domain, by external id, and the external ids several hold. */
export interface AccountIndex {
  byDomain: Map<string, AccountState>;
  byExternalId: Map<string, AccountState>;
  sharedExternalIds: ReadonlyMap<string, SharedExternalId>;
}

/**
 * Why a CRM-generation write addressed by an external id several accounts hold is refused
 * (docs/architecture.md, "One account per externalId"): naming the accounts, so the integrator can
 * give each its own externalId.
 */
export function sharedExternalIdMessage(externalId: string, shared: SharedExternalId): string {
  const more = shared.holders - shared.sample.length;
  const ids = `${shared.sample.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  return `externalId '${externalId}' is held by ${shared.holders} accounts (rtp_aid ${ids}); the CRM API needs it to name exactly one account`;
}

function domainTakenMessage(domain: string, holder: AccountState): string {
  return holder.externalId === null
    ? `Account with domain '${domain}' already exists`
    : `Account with domain '${domain}' already exists with externalId '${holder.externalId}'`;
}

/**
 * Decides each CRM item in input order (SPEC §5): an existing externalId updates its account (its
 * domain may move unless another account holds the new one); a new externalId adopts the account
 * of its domain when that account has no externalId, fails when it has another, else creates. An
 * externalId several accounts hold fails, naming them: which one the CRM record means is not ours
 * to guess. (A batch never makes an externalId shared: it only creates, adopts and updates by it.)
 */
export function planCrmAccountBatch(
  items: readonly CrmAccountItem[],
  existing: AccountIndex,
  fields: readonly FieldDefinition[],
  mintId: () => string,
): CrmBatchPlan {
  const byDomain = new Map(existing.byDomain);
  const byExternalId = new Map(existing.byExternalId);
  const plan: CrmBatchPlan = { results: [], writes: new Map(), touchedIds: [] };
  const fail = (item: CrmAccountItem, error: string) => plan.results.push({ externalId: item.externalId, status: 'failed', error });

  for (const item of items) {
    const domain = normalizeDomain(item.domain);
    if (domain === null) {
      fail(item, `Invalid domain '${item.domain}'`);
      continue;
    }
    const check = checkCustomFieldValues(fields, item.customFields ?? {}, { tail: UNABLE_TO_ADD_ACCOUNT });
    if (!check.ok) {
      fail(item, check.reason === 'unknown-keys' ? unknownKeysMessage(check.keys) : check.message);
      continue;
    }
    const shared = existing.sharedExternalIds.get(item.externalId);
    if (shared) {
      fail(item, sharedExternalIdMessage(item.externalId, shared));
      continue;
    }
    const keyed = byExternalId.get(item.externalId);
    const holder = byDomain.get(domain);
    if (holder && holder.id !== keyed?.id && (keyed || holder.externalId !== null)) {
      fail(item, domainTakenMessage(domain, holder));
      continue;
    }
    const current = keyed ?? holder;
    const base: AccountState = current ?? {
      id: mintId(),
      domain,
      name: item.name,
      externalId: item.externalId,
      shortName: null,
      linkedinUrl: null,
      tags: [],
      customFields: {},
    };
    const next = { ...applyAccountItem(base, item, check.values), domain, externalId: item.externalId };
    if (current && current.domain !== domain) byDomain.delete(current.domain);
    byDomain.set(domain, next);
    byExternalId.set(item.externalId, next);
    const isNew = !current || plan.writes.get(next.id)?.isNew === true;
    if (isNew || !sameAccountState(current, next) || current.domain !== domain || plan.writes.has(next.id)) {
      plan.writes.set(next.id, { state: next, isNew });
    }
    plan.results.push({ externalId: item.externalId, status: current ? 'updated' : 'created' });
    plan.touchedIds.push(next.id);
  }
  return plan;
}
