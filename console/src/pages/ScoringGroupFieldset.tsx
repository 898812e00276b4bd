import type { FormValues, ScoringField, ScoringGroup } from './ScoringFields';
import { fieldId } from './ScoringFields';

interface Props {
  group: ScoringGroup;
  values: FormValues;
  errors: Record<string, string>;
  onChange: (path: string, value: string | boolean) => void;
}

/** One section of the scoring settings (a source, or the journey rules), with its per-type sub-sections. */
export function ScoringGroupFieldset({ group, values, errors, onChange }: Props) {
  return (
    <fieldset>
      <legend>{group.title}</legend>
      <div className="settings-grid">
        {group.fields.map((field) => (
          <ScoringInput key={field.path} field={field} value={values[field.path]} error={errors[field.path]} onChange={onChange} />
        ))}
      </div>
      {(group.groups ?? []).map((sub) => (
        <div key={sub.title} role="group" aria-label={`${group.title}: ${sub.title}`}>
          <h3>{`${group.title}: ${sub.title}`}</h3>
          <div className="settings-grid">
            {sub.fields.map((field) => (
              <ScoringInput key={field.path} field={field} value={values[field.path]} error={errors[field.path]} onChange={onChange} />
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

function ScoringInput({ field, value, error, onChange }: { field: ScoringField; value: string | boolean | undefined; error?: string; onChange: Props['onChange'] }) {
  const id = fieldId(field.path);
  const described = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  if (field.kind === 'boolean') {
    return (
      <div className="field">
        <label className="check-field" htmlFor={id}>
          <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(field.path, e.target.checked)} aria-describedby={described} />
          {field.label}
        </label>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        name={field.path}
        type="number"
        step="any"
        inputMode="decimal"
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(field.path, e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {field.hint ? (
        <span id={`${id}-hint`} className="hint">
          {field.hint}
        </span>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
