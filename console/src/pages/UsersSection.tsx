import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { api, errorText } from '../api/client';
import type { components } from '../api/client';
import { ApiKeyShownOnce } from './ApiKeyShownOnce';

type WorkspaceUser = components['schemas']['WorkspaceUser'];
type Role = 'admin' | 'member';

const usersQueryKey = ['console', 'users'] as const;

/** A password the server generated, answered once: whose it is and what happened. */
interface ShownPassword {
  email: string;
  password: string;
  what: string;
}

/** The workspace's users (admins): add with a role, reset a password, remove (confirmed). */
export function UsersSection({ currentUserId }: { currentUserId: string }) {
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: usersQueryKey, queryFn: () => api.get('/api/v1/console/users') });
  const [shown, setShown] = useState<ShownPassword | undefined>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: usersQueryKey });

  return (
    <div className="card section-card" role="region" aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <p className="hint">Admins manage users, keys and API access; members use the console and their own API key.</p>
      {users.isError ? (
        <p role="alert" className="banner-error">
          {errorText(users.error)}
        </p>
      ) : null}
      {users.data ? (
        <div className="table-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="users-caption" className="visually-hidden">
              Users of the workspace
            </caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Added</th>
                <th scope="col">Console sign-in</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((user) => (
                <UserRow key={user.userId} user={user} self={user.userId === currentUserId} onPassword={setShown} onChanged={() => void refresh()} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {shown ? (
        <ApiKeyShownOnce
          label={`${shown.what}: password of ${shown.email}`}
          secret={shown.password}
          note="It will not be shown again: give it to the user through a safe channel."
        />
      ) : null}
      <UsersAddForm onAdded={(added) => void refresh().then(() => added && setShown(added))} />
    </div>
  );
}

function UserRow({ user, self, onPassword, onChanged }: { user: WorkspaceUser; self: boolean; onPassword: (p: ShownPassword) => void; onChanged: () => void }) {
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const reset = useMutation({
    mutationFn: () => api.post('/api/v1/console/users/{userId}/password', { path: { userId: user.userId }, body: {} }),
    onSuccess: (data) => {
      if (data.generatedPassword !== null) onPassword({ email: user.email, password: data.generatedPassword, what: 'Password reset' });
      onChanged();
    },
  });
  const remove = useMutation({
    mutationFn: () => api.delete('/api/v1/console/users/{userId}', { path: { userId: user.userId } }),
    onSuccess: onChanged,
  });
  const error = reset.error ?? remove.error;
  return (
    <tr>
      <td>
        {user.email}
        {self ? <span className="muted"> (you)</span> : null}
      </td>
      <td>{user.role}</td>
      <td>{new Date(user.createdAt).toLocaleDateString()}</td>
      <td>{user.hasPassword ? 'Yes' : 'No password'}</td>
      <td>
        <div className="cell-actions">
          <button type="button" className="button" disabled={reset.isPending} onClick={() => reset.mutate()} aria-label={`Reset password of ${user.email}`}>
            Reset password
          </button>
          {self ? null : confirmingRemove ? (
            <>
              <button type="button" className="button danger" disabled={remove.isPending} onClick={() => remove.mutate()} aria-label={`Confirm removing ${user.email}`}>
                Remove {user.email}: their keys and sessions end now
              </button>
              <button type="button" className="button" onClick={() => setConfirmingRemove(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmingRemove(true)} aria-label={`Remove ${user.email}`}>
              Remove
            </button>
          )}
        </div>
        {error ? (
          <p role="alert" className="field-error">
            {errorText(error)}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

/** Add a user with a role; the password is the one typed, or one the server generates (shown once). */
function UsersAddForm({ onAdded }: { onAdded: (shown: ShownPassword | undefined) => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [password, setPassword] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api.post('/api/v1/console/users', { body: { email: email.trim(), role, ...(password === '' ? {} : { password }) } }),
    onSuccess: (data) => {
      setEmail('');
      setPassword('');
      onAdded(data.generatedPassword === null ? undefined : { email: data.user.email, password: data.generatedPassword, what: 'User added' });
    },
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="add-user-title" noValidate>
      <h3 id="add-user-title">Add a user</h3>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="new-user-email">Email</label>
          <input id="new-user-email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="new-user-role">Role</label>
          <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="member">Member</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-user-password">Password (optional)</label>
          <input
            id="new-user-password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby="new-user-password-hint"
          />
        </div>
        <div>
          <button type="submit" className="button primary" disabled={add.isPending}>
            Add user
          </button>
        </div>
      </div>
      <p id="new-user-password-hint" className="hint">
        At least 12 characters. Leave it empty to have one generated and shown to you once.
      </p>
      {add.isError ? (
        <p role="alert" className="banner-error">
          {errorText(add.error)}
        </p>
      ) : null}
    </form>
  );
}
