import type { AccountState } from '../accounts/account-batch.js';
import type { ChangeEvent } from './webhook-events.js';

/** An account as events carry it: its keys and the fields a push writes. */
function accountData(state: AccountState) {
  return {
    rtp_aid: state.id,
    domain: state.domain,
    name: state.name,
    externalId: state.externalId,
    shortName: state.shortName,
    linkedinUrl: state.linkedinUrl,
    tags: state.tags,
    customFields: state.customFields,
  };
}

/**
 * `account.created` (no `before`) or `account.updated`: the account after the change and, for an
 * update, its fields before it (`previous`, as Stripe's `previous_attributes`), at the account's
 * new change sequence.
 */
export function accountWrittenEvent(state: AccountState, before: AccountState | undefined, sequence: number): ChangeEvent {
  if (before === undefined) return { type: 'account.created', sequence, data: { account: accountData(state) } };
  return { type: 'account.updated', sequence, data: { account: accountData(state), previous: accountData(before) } };
}

/** `account.deleted`: the keys it had, at the sequence of its tombstone. */
export function accountDeletedEvent(account: { id: string; domain: string; external_id: string | null }, sequence: number): ChangeEvent {
  return { type: 'account.deleted', sequence, data: { account: { rtp_aid: account.id, domain: account.domain, externalId: account.external_id } } };
}
