import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { errorText } from '../api/client';
import { sessionQueryKey, signIn } from '../session/session';
import { useSession } from '../session/useSession';
import { usePageTitle } from '../usePageTitle';

/** Where a signed-out visitor was going (RequireSession passes it), else the accounts. */
function destination(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && from !== '/sign-in' ? from : '/accounts';
}

export function SignInPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({
    mutationFn: () => signIn(email.trim(), password),
    onSuccess: async (signedIn) => {
      queryClient.setQueryData(sessionQueryKey, signedIn);
      await navigate(destination(location.state), { replace: true });
    },
  });

  if (session.data) return <Navigate to={destination(location.state)} replace />;

  return (
    <main className="sign-in" id="main">
      <form className="card sign-in-card" onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate();
        }}
        aria-labelledby="sign-in-title"
      >
        <p className="brand" aria-hidden="true">
          <span className="brand-mark">I</span> Intentbase
        </p>
        <h1 id="sign-in-title">Sign in</h1>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <div role="alert" className="form-error">
          {mutation.isError ? errorText(mutation.error) : null}
        </div>
        <button type="submit" className="button primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="hint">
          The first start of the server prints the admin’s password once; an admin sets others with <code>intentbase user password</code>.
        </p>
      </form>
    </main>
  );
}
