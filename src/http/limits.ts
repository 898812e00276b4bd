/**
 * Size limits on what a request may carry, in one place (docs/operations.md, "Limits", lists them
 * with the reasons). One tenant's input costs that tenant, bounded: nothing a client sends may grow
 * without limit in memory, in the database or in every later read of it.
 *
 * Lengths count characters (Unicode code points, as the schema validator counts them). Each is
 * above what the systems integrations copy from allow for the same kind of field — Salesforce: 255
 * for a name or text field, 80/128 for titles; 254 for an email everywhere (RFC 5321); Dynamics
 * 365: 4,000 for a single line of text; long text 65,535 — so a real integration never meets them.
 */

/** Containers (objects, arrays) nested in a JSON body; the body itself is level 1. */
export const MAX_JSON_DEPTH = 32;

export const MAX_LENGTH = {
  /** Ids a client chooses (externalId, externalDealId, pipelineId…): some are path parameters too (app.ts `maxParamLength`). */
  id: 200,
  /** Names, labels, job titles, tags, options, topics, phone numbers: short text. */
  name: 255,
  /** RFC 5321: the longest address a mail system can route. */
  email: 254,
  /** A domain as the user typed it, which may be a whole URL, and other URLs (LinkedIn, page URLs). */
  url: 2048,
  /** A line of free text: an email subject, a call title or outcome, a single-line text custom-field value. */
  text: 4000,
  /** Long text: a multi-line text custom-field value, a custom field's description. */
  longText: 65_535,
  /** The `domains` query parameter (a JSON array of domains); Node limits a whole request head to 16 KiB anyway. */
  domainsQuery: 16_384,
  /** A page cursor; a longer one cannot be one of ours and answers `Invalid cursor` (SPEC §2.7). */
  cursor: 512,
} as const;

export const MAX_ITEMS = {
  /** Tags on one account. */
  tags: 100,
  /** Options of a selection custom field (Salesforce allows 1,000 picklist values). */
  options: 1000,
  /** Contacts on one sales activity (Salesforce's shared activities allow 50). */
  contacts: 100,
} as const;

/** Schema violations a validation error reports (SPEC §2.4 `data`); a body breaking more gets the first ones. */
export const MAX_REPORTED_ERRORS = 1000;

/**
 * Whether `text` is at most `maxLength` characters long, counted as the schemas' `maxLength` counts
 * them (Ajv: code points, so an emoji is one character), for checks made outside a schema.
 */
export function fitsLength(text: string, maxLength: number): boolean {
  // A code point is one or two UTF-16 units: most texts are decided without counting.
  if (text.length <= maxLength) return true;
  if (text.length > 2 * maxLength) return false;
  let count = 0;
  for (const _codePoint of text) if (++count > maxLength) return false;
  return true;
}
