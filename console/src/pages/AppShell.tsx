import { useMutation, useQueryClient } from '@tanstack/react-query';
import { NavLink, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { errorText } from '../api/client';
import { sessionQueryKey, signOut } from '../session/session';
import { useSession } from '../session/useSession';
import { API_ACCESS_KEY_PATH } from '../routes';

/** The signed-in part of the console: a visitor without a session goes to the sign-in page. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <p className="page-status" role="status">
        Loading…
      </p>
    );
  }
  if (session.isError) {
    return (
      <main className="sign-in" id="main">
        <div className="card" role="alert">
          <h1>The console cannot reach the server</h1>
          <p>{errorText(session.error)}</p>
          <button type="button" className="button" onClick={() => void session.refetch()}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (session.data === null) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

const MAIN_LINKS = [
  { to: '/accounts', label: 'Accounts' },
  { to: '/journey', label: 'Journey' },
  { to: '/segments', label: 'Segments' },
  { to: '/scoring', label: 'Scoring' },
  { to: '/signals/import', label: 'Signals import' },
];

export function AppShell() {
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOutMutation = useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
      await navigate('/sign-in', { replace: true });
    },
  });
  const user = session.data?.user;

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            I
          </span>{' '}
          Intentbase
        </span>
        <div className="topbar-user">
          {user ? (
            <span className="user" title={user.email}>
              {user.email} <span className="role">{user.role}</span>
            </span>
          ) : null}
          <button type="button" className="button" onClick={() => signOutMutation.mutate()} disabled={signOutMutation.isPending}>
            Sign out
          </button>
        </div>
      </header>
      {signOutMutation.isError ? (
        <p role="alert" className="banner-error">
          {errorText(signOutMutation.error)}
        </p>
      ) : null}
      <nav className="sidebar" aria-label="Main">
        <ul>
          {MAIN_LINKS.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to}>{link.label}</NavLink>
            </li>
          ))}
          <li>
            <span className="nav-group">Settings</span>
            <ul>
              <li>
                <span className="nav-group">Workspace</span>
                <ul>
                  <li>
                    <span className="nav-group">Tech Settings</span>
                    <ul>
                      <li>
                        <NavLink to={API_ACCESS_KEY_PATH}>API Access Key</NavLink>
                      </li>
                    </ul>
                  </li>
                </ul>
              </li>
            </ul>
          </li>
        </ul>
      </nav>
      <main className="content" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
