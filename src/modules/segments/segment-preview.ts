import type { Dialect, Executor } from '../../db/index.js';
import { accountRecord } from './dynamic-members.js';
import { compileSegmentRules, RuleSubject } from './rule-predicates.js';
import type { SegmentRules } from './segment-rules.js';
import * as repo from './segments.repository.js';

/** Accounts read per query: bounded memory whatever the workspace's size. */
export const PREVIEW_PAGE = 1000;
/** Matching accounts a preview shows. */
export const PREVIEW_SAMPLE = 10;

export interface PreviewAccount {
  rtp_aid: string;
  name: string;
  domain: string;
}

export interface SegmentPreview {
  memberCount: number;
  /** The first matching accounts in id (creation) order. */
  sample: PreviewAccount[];
  accountsEvaluated: number;
}

/** Lets the service thread answer other calls between two pages of a long walk (SQLite runs it on one thread). */
const yieldToOtherCalls = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Who would be a member of a dynamic segment with these (validated) rules now: every account of the
 * workspace, walked by its key a page at a time, evaluated by the same compiled predicate and the same
 * account record as scoring runs and account writes (dynamic-members.ts). The pages are read one by
 * one, not in one snapshot: an account written during the walk may or may not be counted, as it would
 * be by a save that lands at that moment. Cost: linear in the workspace's accounts (docs/console.md).
 */
export async function previewMembers(db: Executor, dialect: Dialect, workspaceId: string, rules: SegmentRules): Promise<SegmentPreview> {
  const matches = compileSegmentRules(rules);
  const preview: SegmentPreview = { memberCount: 0, sample: [], accountsEvaluated: 0 };
  let afterId: string | null = null;
  for (;;) {
    const rows = await repo.accountRecordPage(db, workspaceId, afterId, PREVIEW_PAGE);
    for (const row of rows) {
      if (!matches(new RuleSubject(accountRecord(row, dialect)))) continue;
      preview.memberCount += 1;
      if (preview.sample.length < PREVIEW_SAMPLE) preview.sample.push({ rtp_aid: row.id, name: row.name, domain: row.domain });
    }
    preview.accountsEvaluated += rows.length;
    if (rows.length < PREVIEW_PAGE) return preview;
    afterId = rows[rows.length - 1].id;
    await yieldToOtherCalls();
  }
}
