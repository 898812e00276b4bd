import { Type, type Static } from 'typebox';
import { CUSTOM_FIELD_TYPES, SELECTION_TYPES, type CustomFieldType } from './custom-field-values.js';

// Shapes chosen for the SPEC §2.4 message templates: an enum without `type` fails with `isIn`
// alone, and a nullable is a type list (an anyOf would report each branch separately).

const SelectionOptions = {
  type: 'array',
  minItems: 1,
  uniqueItems: true,
  items: { type: 'string', minLength: 1 },
};

/**
 * `options` is only checked for the selection types (it is ignored, whatever it holds, for the
 * others), so the requirement lives in an if/then and is reported with every other schema error.
 */
const OptionsForSelections = {
  if: { properties: { labelType: { enum: [...SELECTION_TYPES] } }, required: ['labelType'] },
  then: { required: ['options'], properties: { options: SelectionOptions } },
};

export const CreateCustomFieldBody = Type.Object(
  {
    label: Type.String({ minLength: 1 }),
    labelType: Type.Unsafe<CustomFieldType>({ enum: [...CUSTOM_FIELD_TYPES] }),
    description: Type.Optional(Type.Unsafe<string | null>({ type: ['string', 'null'] })),
    // Typed as the selection types receive it; the service ignores it for the other types.
    options: Type.Optional(Type.Unsafe<string[]>({})),
  },
  { allOf: [OptionsForSelections] },
);
export type CreateCustomFieldBody = Static<typeof CreateCustomFieldBody>;

/** A field as the API shows it (SPEC §3.6). */
export interface CustomFieldView {
  key: string;
  label: string;
  labelType: CustomFieldType;
  description: string | null;
  options: string[];
  objectType: 'accounts';
  status: 'active';
}
