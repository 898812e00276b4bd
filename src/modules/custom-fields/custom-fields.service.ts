import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import { recordedTransaction, type IdempotentCall } from '../../db/idempotent-calls.js';
import { ApiError, type ValidationIssue } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { SELECTION_TYPES, type CustomFieldType } from './custom-field-values.js';
import * as repo from './custom-fields.repository.js';
import type { CustomFieldView } from './custom-fields.schema.js';

export type { CustomField } from './custom-fields.repository.js';

export function presentCustomField(field: repo.CustomField): CustomFieldView {
  return {
    key: field.key,
    label: field.label,
    labelType: field.labelType,
    description: field.description,
    options: field.options,
    objectType: field.objectType,
    status: field.status,
  };
}

export interface NewCustomField {
  label: string;
  labelType: CustomFieldType;
  description?: string | null;
  /** Required (≥ 1, distinct, non-blank) for the selection types; ignored for the others. */
  options?: string[];
}

/**
 * The key of SPEC §3.6: trim, each space → `_`, uppercase, `_C`. Nothing else changes, so a label
 * with punctuation keeps it (`Revenue (USD)` → `REVENUE_(USD)_C`).
 */
export function deriveFieldKey(label: string): string {
  return `${label.trim().replaceAll(' ', '_').toUpperCase()}_C`;
}

function issue(property: string, path: string, constraints: Record<string, string>): ValidationIssue {
  return { property, path, constraints };
}

function optionsIssues(options: readonly string[] | undefined): ValidationIssue[] {
  if (!Array.isArray(options)) {
    return [issue('options', 'options', { isArray: 'options must be an array', arrayMinSize: 'options must contain at least 1 elements' })];
  }
  if (options.length === 0) return [issue('options', 'options', { arrayMinSize: 'options must contain at least 1 elements' })];
  const blank = options.findIndex((option) => typeof option !== 'string' || option.trim() === '');
  if (blank !== -1) return [issue('options', `options[${blank}]`, { isNotEmpty: 'each value in options should not be empty' })];
  if (new Set(options).size !== options.length) return [issue('options', 'options', { arrayUnique: "All options's elements must be unique" })];
  return [];
}

/**
 * The rules a schema cannot express in the §2.4 templates (a blank label), plus the selection
 * options rule so callers other than HTTP get the same answer.
 */
export function newFieldIssues(input: NewCustomField): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (input.label.trim() === '') issues.push(issue('label', 'label', { isNotEmpty: 'label should not be empty' }));
  if (SELECTION_TYPES.includes(input.labelType)) issues.push(...optionsIssues(input.options));
  return issues;
}

/** Custom-field definitions (SPEC §3.6); values are checked by custom-field-values.ts. */
export class CustomFieldsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /** Active account fields, oldest first. */
  listActiveFields(workspaceId: string): Promise<repo.CustomField[]> {
    return repo.listActiveCustomFields(this.db, this.dialect, workspaceId, 'accounts');
  }

  /**
   * Creates an account field. Uniqueness of the key among active fields is left to the database's
   * partial unique index, so two concurrent creates of one key cannot both succeed.
   */
  /** Creates the field and answers it as `POST /accounts/custom-field` does: in a list of one. */
  async createField(workspaceId: string, input: NewCustomField, call?: IdempotentCall): Promise<CustomFieldView[]> {
    const issues = newFieldIssues(input);
    if (issues.length > 0) throw ApiError.validation(issues);
    const field = this.buildField(workspaceId, input);
    try {
      return await recordedTransaction(this.db, call, async (trx) => {
        await repo.insertCustomField(trx, this.dialect, field);
        return [presentCustomField(field)];
      });
    } catch (error) {
      if (this.dialect.isUniqueViolation(error)) throw ApiError.conflict(`Custom field with key '${field.key}' already exists`);
      throw error;
    }
  }

  private buildField(workspaceId: string, input: NewCustomField): repo.CustomField {
    const now = Date.now();
    const selection = SELECTION_TYPES.includes(input.labelType);
    return {
      workspaceId,
      id: newId(now),
      objectType: 'accounts',
      key: deriveFieldKey(input.label),
      label: input.label.trim(),
      labelType: input.labelType,
      description: input.description ?? null,
      options: selection ? [...(input.options ?? [])] : [],
      status: 'active',
      createdAt: now,
    };
  }
}
