import { Type, type Static } from 'typebox';
import { CUSTOM_FIELD_TYPES, SELECTION_TYPES, type CustomFieldType } from './custom-field-values.js';
import { MAX_ITEMS, MAX_LENGTH } from '../../http/limits.js';

// Shapes chosen for the SPEC §2.4 message templates: an enum without `type` fails with `isIn`
// alone, and a nullable is a type list (an anyOf would report each branch separately).

const SelectionOptions = {
  type: 'array',
  minItems: 1,
  maxItems: MAX_ITEMS.options,
  uniqueItems: true,
  items: { type: 'string', minLength: 1, maxLength: MAX_LENGTH.name },
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
    label: Type.String({ minLength: 1, maxLength: MAX_LENGTH.name }),
    labelType: Type.Unsafe<CustomFieldType>({ enum: [...CUSTOM_FIELD_TYPES] }),
    description: Type.Optional(Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength: MAX_LENGTH.longText })),
    // Typed as the selection types receive it; the service ignores it for the other types.
    options: Type.Optional(Type.Unsafe<string[]>({})),
  },
  {
    allOf: [OptionsForSelections],
    examples: [{ label: 'Contract Value', labelType: 'number', description: 'Annual contract value in USD' }],
  },
);
export type CreateCustomFieldBody = Static<typeof CreateCustomFieldBody>;

/** A field as the API shows it (SPEC §3.6). */
export const CustomFieldView = Type.Object(
  {
    key: Type.String({ description: 'Derived from the label: spaces to `_`, uppercased, `_C` appended' }),
    label: Type.String(),
    labelType: Type.Unsafe<CustomFieldType>({ enum: [...CUSTOM_FIELD_TYPES] }),
    description: Type.Unsafe<string | null>({ type: ['string', 'null'] }),
    options: Type.Array(Type.String(), { description: '[] for non-selection types' }),
    objectType: Type.Literal('accounts'),
    status: Type.Literal('active'),
  },
  { title: 'CustomField', description: 'An account custom field (docs/api.md#custom-fields)' },
);
export type CustomFieldView = Static<typeof CustomFieldView>;

export const CUSTOM_FIELD_EXAMPLE: CustomFieldView = {
  key: 'CONTRACT_VALUE_C',
  label: 'Contract Value',
  labelType: 'number',
  description: null,
  options: [],
  objectType: 'accounts',
  status: 'active',
};
