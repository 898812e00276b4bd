import { useId } from 'react';
import {
  MAX_GROUP_DEPTH,
  newCondition,
  newGroup,
  OPERATOR_LABELS,
  operatorsFor,
  updateNode,
  type GroupMode,
  type Operator,
  type RuleCondition,
  type RuleField,
  type RuleGroup,
  type RuleNode,
} from './RuleModel';

interface BuilderProps {
  root: RuleGroup;
  onChange: (root: RuleGroup) => void;
  fields: readonly RuleField[];
  stages: readonly string[];
  /** The server's messages by node id ('' for those about no node in particular). */
  issues: ReadonlyMap<string, string[]>;
}

/** A rule builder for SPEC §7 rules: all/any groups nested up to the server's limit, typed values, the server's messages inline. */
export function RuleBuilder(props: BuilderProps) {
  const { root, onChange } = props;
  const change = (id: string, update: (node: RuleNode) => RuleNode | null) =>
    onChange(id === root.id ? (update(root) as RuleGroup) : updateNode(root, id, update));
  return (
    <div className="rule-builder">
      <RuleGroupEditor {...props} group={root} depth={1} path="Rules" change={change} />
    </div>
  );
}

type Change = (id: string, update: (node: RuleNode) => RuleNode | null) => void;

interface GroupProps extends BuilderProps {
  group: RuleGroup;
  depth: number;
  /** How the group is named to assistive technology: "Rules", "Rules, group 2"… */
  path: string;
  change: Change;
}

function Issues({ messages, id }: { messages: string[] | undefined; id?: string }) {
  if (messages === undefined || messages.length === 0) return null;
  return (
    <ul className="rule-issues" id={id} role="alert">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

function RuleGroupEditor(props: GroupProps) {
  const { group, depth, path, change, issues } = props;
  const modeId = useId();
  const setMode = (mode: GroupMode) => change(group.id, (node) => ({ ...(node as RuleGroup), mode }));
  const add = (child: RuleNode) => change(group.id, (node) => ({ ...(node as RuleGroup), children: [...(node as RuleGroup).children, child] }));
  return (
    <fieldset className={`rule-group rule-depth-${depth}`}>
      <legend className="visually-hidden">{path}</legend>
      <div className="rule-group-head">
        <label htmlFor={modeId}>{depth === 1 ? 'Accounts that match' : 'Match'}</label>
        <select id={modeId} value={group.mode} onChange={(event) => setMode(event.target.value as GroupMode)}>
          <option value="all">all</option>
          <option value="any">any</option>
        </select>
        <span>of these conditions</span>
        {depth > 1 ? (
          <button type="button" className="button link-button" onClick={() => change(group.id, () => null)} aria-label={`Remove group (${path.toLowerCase()})`}>
            Remove group
          </button>
        ) : null}
      </div>
      <Issues messages={issues.get(group.id)} />
      <ol className="rule-children">
        {group.children.map((child, i) => (
          <li key={child.id}>
            {child.kind === 'group' ? (
              <RuleGroupEditor {...props} group={child} depth={depth + 1} path={`${path}, group ${i + 1}`} />
            ) : (
              <RuleConditionEditor
                condition={child}
                label={`${path}, condition ${i + 1}`}
                fields={props.fields}
                stages={props.stages}
                messages={issues.get(child.id)}
                change={change}
                removable={group.children.length > 1 || depth > 1}
              />
            )}
          </li>
        ))}
      </ol>
      <div className="rule-group-actions">
        <button type="button" className="button" onClick={() => add(newCondition(props.fields[0]))}>
          Add condition
        </button>
        {depth < MAX_GROUP_DEPTH ? (
          <button type="button" className="button" onClick={() => add(newGroup(group.mode === 'all' ? 'any' : 'all', [newCondition(props.fields[0])]))}>
            Add group
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

interface ConditionProps {
  condition: RuleCondition;
  label: string;
  fields: readonly RuleField[];
  stages: readonly string[];
  messages: string[] | undefined;
  change: Change;
  removable: boolean;
}

function RuleConditionEditor({ condition, label, fields, stages, messages, change, removable }: ConditionProps) {
  const ids = { field: useId(), op: useId(), value: useId(), issues: useId() };
  const field = fields.find((f) => f.key === condition.field);
  const operators = operatorsFor(field);
  const update = (patch: Partial<RuleCondition>) => change(condition.id, (node) => ({ ...(node as RuleCondition), ...patch }));
  const setField = (key: string) => {
    const next = fields.find((f) => f.key === key);
    const allowed = operatorsFor(next);
    const sameKind = next?.kind === field?.kind;
    update({ field: key, op: allowed.includes(condition.op) ? condition.op : allowed[0], value: sameKind ? condition.value : '' });
  };
  const accountFields = fields.filter((f) => !f.custom);
  const customFields = fields.filter((f) => f.custom);
  const described = messages && messages.length > 0 ? ids.issues : undefined;

  return (
    <div className={`rule-condition${described ? ' has-issues' : ''}`} role="group" aria-label={label}>
      <div className="rule-condition-row">
        <span className="rule-control">
          <label htmlFor={ids.field} className="visually-hidden">
            {label}: field
          </label>
          <select id={ids.field} value={condition.field} onChange={(event) => setField(event.target.value)} aria-describedby={described}>
            {field === undefined ? <option value={condition.field}>{condition.field || 'Choose a field'}</option> : null}
            <optgroup label="Account fields">
              {accountFields.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.label}
                </option>
              ))}
            </optgroup>
            {customFields.length > 0 ? (
              <optgroup label="Custom fields">
                {customFields.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </span>
        <span className="rule-control">
          <label htmlFor={ids.op} className="visually-hidden">
            {label}: operator
          </label>
          <select
            id={ids.op}
            value={condition.op}
            onChange={(event) => update({ op: event.target.value as Operator, value: event.target.value === 'exists' ? 'true' : condition.op === 'exists' ? '' : condition.value })}
          >
            {(operators.includes(condition.op) ? operators : [condition.op, ...operators]).map((op) => (
              <option key={op} value={op}>
                {OPERATOR_LABELS[op]}
              </option>
            ))}
          </select>
        </span>
        <span className="rule-control rule-value">
          <label htmlFor={ids.value} className="visually-hidden">
            {label}: value
          </label>
          <ValueInput id={ids.value} condition={condition} field={field} stages={stages} onChange={(value) => update({ value })} describedBy={described} />
        </span>
        {removable ? (
          <button type="button" className="button link-button" onClick={() => change(condition.id, () => null)} aria-label={`Remove ${label.toLowerCase()}`}>
            Remove
          </button>
        ) : null}
      </div>
      {condition.op === 'in' ? <p className="hint">One value per line, or separated by commas.</p> : null}
      <Issues messages={messages} id={ids.issues} />
    </div>
  );
}

interface ValueProps {
  id: string;
  condition: RuleCondition;
  field: RuleField | undefined;
  stages: readonly string[];
  onChange: (value: string) => void;
  describedBy: string | undefined;
}

/** The value input the operator and the field call for: none to type for `exists`, a list for `in`. */
function ValueInput({ id, condition, field, stages, onChange, describedBy }: ValueProps) {
  const common = { id, 'aria-describedby': describedBy, value: condition.value };
  if (condition.op === 'exists') {
    return (
      <select {...common} onChange={(event) => onChange(event.target.value)}>
        <option value="true">yes</option>
        <option value="false">no (empty)</option>
      </select>
    );
  }
  if (condition.op === 'in') return <textarea {...common} rows={2} onChange={(event) => onChange(event.target.value)} />;
  const choices = field?.kind === 'stage' ? stages : field?.options;
  if (choices && (condition.op === 'eq' || condition.op === 'neq')) {
    return (
      <select {...common} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose…</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    );
  }
  const type = field?.kind === 'number' ? 'number' : field?.kind === 'date' ? 'date' : 'text';
  return <input {...common} type={type} step={type === 'number' ? 'any' : undefined} onChange={(event) => onChange(event.target.value)} />;
}
