import type { Dialect, Executor } from '../../db/index.js';
import type { CustomFieldRow } from '../../db/schema.js';
import type { CustomFieldType } from './custom-field-values.js';

/** The object a field belongs to; only accounts have custom fields today. */
export type CustomFieldObjectType = 'accounts';
export type CustomFieldStatus = 'active';

export interface CustomField {
  workspaceId: string;
  id: string;
  objectType: CustomFieldObjectType;
  key: string;
  label: string;
  labelType: CustomFieldType;
  description: string | null;
  options: string[];
  status: CustomFieldStatus;
  createdAt: number;
}

function toCustomField(dialect: Dialect, row: CustomFieldRow): CustomField {
  return {
    workspaceId: row.workspace_id,
    id: row.id,
    objectType: row.object_type as CustomFieldObjectType,
    key: row.key,
    label: row.label,
    labelType: row.label_type as CustomFieldType,
    description: row.description,
    options: dialect.decodeJson<string[] | null>(row.options) ?? [],
    status: row.status as CustomFieldStatus,
    createdAt: Number(row.created_at),
  };
}

/**
 * Inserts a field. A second active field with the same key in the workspace violates the partial
 * unique index `custom_fields_active_key_uq`; the caller translates that driver error.
 */
export async function insertCustomField(db: Executor, dialect: Dialect, field: CustomField): Promise<void> {
  await db
    .insertInto('custom_fields')
    .values({
      workspace_id: field.workspaceId,
      id: field.id,
      object_type: field.objectType,
      key: field.key,
      label: field.label,
      label_type: field.labelType,
      description: field.description,
      options: dialect.encodeJson(field.options),
      status: field.status,
      created_at: field.createdAt,
    })
    .execute();
}

/** Active fields of one object type, oldest first (ids sort by creation within a second). */
export async function listActiveCustomFields(
  db: Executor,
  dialect: Dialect,
  workspaceId: string,
  objectType: CustomFieldObjectType,
): Promise<CustomField[]> {
  const rows = await db
    .selectFrom('custom_fields')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('object_type', '=', objectType)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => toCustomField(dialect, row));
}
