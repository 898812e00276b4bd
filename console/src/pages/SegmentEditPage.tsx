import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState, type SyntheticEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, errorData, errorText } from '../api/client';
import type { components } from '../api/client';
import { RuleBuilder } from '../components/RuleBuilder';
import {
  ACCOUNT_FIELDS,
  customRuleFields,
  fromApiRules,
  isValidationIssues,
  issuesByNode,
  newGroup,
  toApiRules,
  type RuleField,
  type RuleGroup,
  type ValidationIssue,
} from '../components/RuleModel';
import { SegmentAddAccounts } from '../components/SegmentAddAccounts';
import { SegmentMembers } from '../components/SegmentMembers';
import { SegmentPreviewPanel, useSegmentPreview } from '../components/SegmentPreview';
import '../components/Segment.css';
import '../components/Journey.css';
import { usePageTitle } from '../usePageTitle';

type Segment = components['schemas']['Segment'];
type SegmentType = Segment['type'];
type SegmentStatus = Segment['status'];

/** `/segments/new` and `/segments/:segmentId`: a segment's name, status and rules, its members. */
export function SegmentEditPage() {
  const { segmentId } = useParams();
  const segment = useQuery({
    queryKey: ['segment', segmentId],
    queryFn: () => api.get('/api/v1/segments/{segmentId}', { path: { segmentId: segmentId ?? '' } }),
    enabled: segmentId !== undefined,
  });
  const customFields = useQuery({ queryKey: ['custom-fields'], queryFn: () => api.get('/api/v1/accounts/custom-fields') });
  const stages = useQuery({ queryKey: ['journey-stages'], queryFn: () => api.get('/api/v1/journey-stages') });
  const fields = useMemo(() => [...ACCOUNT_FIELDS, ...customRuleFields(customFields.data ?? [])], [customFields.data]);
  usePageTitle(segmentId === undefined ? 'New segment' : (segment.data?.name ?? 'Segment'));

  const failed = [segment, customFields, stages].find((q) => q.isError);
  if (failed) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{segmentId === undefined ? 'New segment' : 'Segment'}</h1>
        <p role="alert" className="banner-error">
          {errorText(failed.error)}
        </p>
        <Link to="/segments">Back to the segments</Link>
      </section>
    );
  }
  if ((segmentId !== undefined && segment.isPending) || customFields.isPending || stages.isPending) {
    return (
      <p role="status" className="page-status">
        Loading…
      </p>
    );
  }
  // Keyed by the segment: the form starts from what was loaded, and a save or reload does not overwrite what is being typed.
  return <SegmentEditor key={segmentId ?? 'new'} segment={segment.data} fields={fields} stages={stages.data ?? []} />;
}

interface EditorProps {
  segment: Segment | undefined;
  fields: RuleField[];
  stages: string[];
}

function SegmentEditor({ segment, fields, stages }: EditorProps) {
  const ids = { name: useId(), status: useId(), nameIssues: useId() };
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState(segment?.name ?? '');
  const [type, setType] = useState<SegmentType>(segment?.type ?? 'dynamic');
  const [status, setStatus] = useState<SegmentStatus>(segment?.status ?? 'active');
  const [rules, setRules] = useState<RuleGroup>(() => (segment?.rules ? fromApiRules(segment.rules) : newGroup('all')));
  const fieldMap = useMemo(() => new Map(fields.map((f) => [f.key, f])), [fields]);
  const apiRules = useMemo(() => toApiRules(rules, fieldMap), [rules, fieldMap]);
  const dynamic = type === 'dynamic';

  const save = useMutation({
    mutationFn: () => saveSegment(segment, { name, type, status, rules: dynamic ? apiRules.rules : undefined }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['segment', saved.segmentId], saved);
      await queryClient.invalidateQueries({ queryKey: ['segments'] });
      if (segment === undefined) await navigate(`/segments/${saved.segmentId}`, { replace: true, state: { created: true } });
    },
  });
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    if (!save.isPending) save.reset();
  };

  const saveData = errorData(save.error);
  const saveIssues: ValidationIssue[] = isValidationIssues(saveData) ? saveData : [];
  const nameMessages = saveIssues.filter((i) => i.path === 'name').flatMap((i) => Object.values(i.constraints));

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <section aria-labelledby="page-title" className="segment-edit">
      <p className="breadcrumb">
        <Link to="/segments">Segments</Link> →
      </p>
      <h1 id="page-title">{segment === undefined ? 'New segment' : segment.name}</h1>
      <form className="segment-form" onSubmit={onSubmit} noValidate>
        <div className="card segment-details">
          <div className="field">
            <label htmlFor={ids.name}>Name</label>
            <input
              id={ids.name}
              type="text"
              value={name}
              maxLength={255}
              required
              aria-invalid={nameMessages.length > 0}
              aria-describedby={nameMessages.length > 0 ? ids.nameIssues : undefined}
              onChange={(event) => edit(setName)(event.target.value)}
            />
            {nameMessages.length > 0 ? (
              <p className="form-error" id={ids.nameIssues} role="alert">
                {nameMessages.join('; ')}
              </p>
            ) : null}
          </div>
          {segment === undefined ? (
            <fieldset className="field type-choice">
              <legend>Type</legend>
              <label>
                <input type="radio" name="type" value="dynamic" checked={type === 'dynamic'} onChange={() => edit(setType)('dynamic')} /> Dynamic — the
                accounts that match rules
              </label>
              <label>
                <input type="radio" name="type" value="static" checked={type === 'static'} onChange={() => edit(setType)('static')} /> Static — the
                accounts you add
              </label>
            </fieldset>
          ) : (
            <p className="segment-type">
              <span className="muted">Type</span> {segment.type === 'dynamic' ? 'Dynamic' : 'Static'} ·{' '}
              <span className="muted">Members</span> {segment.memberCount.toLocaleString('en')}
            </p>
          )}
          <div className="field field-inline">
            <label htmlFor={ids.status}>Status</label>
            <select id={ids.status} value={status} onChange={(event) => edit(setStatus)(event.target.value as SegmentStatus)}>
              <option value="active">Active</option>
              <option value="draft">Draft</option>
              <option value="archived">Archived</option>
            </select>
          </div>
          {status === 'archived' && dynamic ? <p className="hint">An archived dynamic segment keeps the members it has and stops following its rules.</p> : null}
        </div>
        {dynamic ? <DynamicRules rules={rules} setRules={edit(setRules)} apiRules={apiRules} fields={fields} stages={stages} saveIssues={saveIssues} /> : null}
        {save.isError && saveIssues.length === 0 ? (
          <p role="alert" className="banner-error">
            {errorText(save.error)}
          </p>
        ) : null}
        {save.isError && saveIssues.some((i) => i.path !== 'name') ? (
          <p role="alert" className="banner-error">
            The segment was not saved: {errorText(save.error)}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : segment === undefined ? 'Create segment' : 'Save changes'}
          </button>
          {save.isSuccess && segment !== undefined ? (
            <span role="status" className="muted">
              Saved.
            </span>
          ) : null}
        </div>
      </form>
      {segment === undefined && !dynamic ? <p className="muted">Create the segment, then add accounts by domain or by pasting a list of domains.</p> : null}
      {segment?.type === 'static' ? <SegmentAddAccounts segmentId={segment.segmentId} /> : null}
      {segment?.type === 'dynamic' ? (
        <p className="hint">
          A dynamic segment’s members follow its rules: they are brought up to date by every scoring run and whenever an account changes, and
          within seconds of a save that changes the rules (refresh the list below to see them).
        </p>
      ) : null}
      {segment !== undefined ? <SegmentMembers segmentId={segment.segmentId} removable={segment.type === 'static'} /> : null}
    </section>
  );
}

interface DynamicRulesProps {
  rules: RuleGroup;
  setRules: (rules: RuleGroup) => void;
  apiRules: ReturnType<typeof toApiRules>;
  fields: RuleField[];
  stages: string[];
  saveIssues: ValidationIssue[];
}

/** The rule builder beside the live count; the server's messages (the preview's, else the save's) at the conditions they are about. */
function DynamicRules({ rules, setRules, apiRules, fields, stages, saveIssues }: DynamicRulesProps) {
  const preview = useSegmentPreview(apiRules.rules);
  const issues = issuesByNode(preview.issues.length > 0 ? preview.issues : saveIssues.filter((i) => i.path !== 'name'), apiRules.paths);
  const unplaced = issues.get('');
  return (
    <div className="segment-rules">
      <section className="card" aria-labelledby="rules-title">
        <h2 id="rules-title">Rules</h2>
        {unplaced ? (
          <ul className="rule-issues" role="alert">
            {unplaced.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        <RuleBuilder root={rules} onChange={setRules} fields={fields} stages={stages} issues={issues} />
      </section>
      <SegmentPreviewPanel state={preview} />
    </div>
  );
}

interface SegmentDraft {
  name: string;
  type: SegmentType;
  status: SegmentStatus;
  rules: Record<string, unknown> | undefined;
}

function saveSegment(segment: Segment | undefined, draft: SegmentDraft): Promise<Segment> {
  if (segment === undefined) {
    return api.post('/api/v1/segments', { body: { name: draft.name, type: draft.type, status: draft.status, ...(draft.rules ? { rules: draft.rules } : {}) } });
  }
  return api.patch('/api/v1/segments/{segmentId}', {
    path: { segmentId: segment.segmentId },
    body: { name: draft.name, status: draft.status, ...(draft.rules ? { rules: draft.rules } : {}) },
  });
}
