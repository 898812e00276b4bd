import { normalizeDomain } from '../../lib/domain.js';
import {
  checkCustomFieldValues,
  UNABLE_TO_ADD_ACCOUNT,
  type CustomFieldValues,
  type FieldDefinition,
} from '../custom-fields/custom-field-values.js';
import type { AccountItem } from './accounts.schema.js';

/** The writable state of an account, as a batch sees and changes it. */
export interface AccountState {
  id: string;
  domain: string;
  name: string;
  externalId: string | null;
  shortName: string | null;
  linkedinUrl: string | null;
  tags: string[];
  customFields: CustomFieldValues;
}

export interface AccountResult {
  rtp_aid: string | null;
  domain: string;
  status: 'created' | 'updated' | 'failed';
  error?: string;
}

export interface BatchPlan {
  results: AccountResult[];
  /** Accounts to write, by domain: new ones and existing ones whose fields changed. */
  created: Map<string, AccountState>;
  changed: Map<string, AccountState>;
  /** Ids of accounts reported created or updated (they join the batch's segment, if any). */
  touchedIds: string[];
}

/** Applies `values` over `current` per key; a `null` value clears the key (SPEC §3.2). */
export function mergeCustomFields(current: CustomFieldValues, values: CustomFieldValues): CustomFieldValues {
  const merged: CustomFieldValues = { ...current };
  for (const [key, value] of Object.entries(values)) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- custom fields are a JSON object by field key; null removes the key
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Provided fields overwrite, omitted fields stay; the domain never changes. */
export function applyAccountItem(current: AccountState, item: AccountItem, values: CustomFieldValues): AccountState {
  return {
    ...current,
    name: item.name,
    externalId: item.externalId === undefined ? current.externalId : item.externalId,
    shortName: item.shortName === undefined ? current.shortName : item.shortName,
    linkedinUrl: item.linkedinUrl === undefined ? current.linkedinUrl : item.linkedinUrl,
    tags: item.tags === undefined ? current.tags : (item.tags ?? []),
    customFields: mergeCustomFields(current.customFields, values),
  };
}

export function sameAccountState(a: AccountState, b: AccountState): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(state: AccountState) {
  const fields = Object.keys(state.customFields)
    .sort()
    .map((key) => [key, state.customFields[key]]);
  return [state.name, state.externalId, state.shortName, state.linkedinUrl, state.tags, fields];
}

/**
 * Decides every item's outcome in input order against the accounts that exist (by normalised
 * domain), so a later item sees an earlier one. Nothing is written here: a failed item simply
 * contributes nothing to the writes, which is what makes each item atomic.
 */
export function planAccountBatch(
  items: readonly AccountItem[],
  existing: ReadonlyMap<string, AccountState>,
  fields: readonly FieldDefinition[],
  upsert: boolean,
  mintId: () => string,
  /** Each item's normalised domain, when the caller has them already (normalising is not free). */
  normalized: ReadonlyArray<string | null> = items.map((item) => normalizeDomain(item.domain)),
): BatchPlan {
  const state = new Map(existing);
  const plan: BatchPlan = { results: [], created: new Map(), changed: new Map(), touchedIds: [] };
  for (const [index, item] of items.entries()) {
    const domain = normalized[index];
    if (domain === null) {
      plan.results.push({ rtp_aid: null, domain: item.domain, status: 'failed', error: `Invalid domain '${item.domain}'` });
      continue;
    }
    const current = state.get(domain);
    const check = checkCustomFieldValues(fields, item.customFields ?? {}, { tail: UNABLE_TO_ADD_ACCOUNT });
    if (!check.ok) {
      plan.results.push({ rtp_aid: current?.id ?? null, domain, status: 'failed', error: check.message });
      continue;
    }
    if (current && !upsert) {
      const error = `Account with domain '${domain}' already exists. Set upsert: true to update this account via this endpoint.`;
      plan.results.push({ rtp_aid: current.id, domain, status: 'failed', error });
      continue;
    }
    const base: AccountState = current ?? {
      id: mintId(),
      domain,
      name: item.name,
      externalId: null,
      shortName: null,
      linkedinUrl: null,
      tags: [],
      customFields: {},
    };
    const next = applyAccountItem(base, item, check.values);
    state.set(domain, next);
    if (!current || plan.created.has(domain)) plan.created.set(domain, next);
    else if (!sameAccountState(current, next) || plan.changed.has(domain)) plan.changed.set(domain, next);
    plan.results.push({ rtp_aid: next.id, domain, status: current ? 'updated' : 'created' });
    plan.touchedIds.push(next.id);
  }
  return plan;
}
