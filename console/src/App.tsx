import { Navigate, Route, Routes } from 'react-router';
import { AppShell, RequireSession } from './pages/AppShell';
import { AccountsPage } from './pages/AccountsPage';
import { AccountDetailPage } from './pages/AccountDetailPage';
import { ComingNext } from './pages/ComingNext';
import { JourneyPage } from './pages/JourneyPage';
import { SegmentEditPage } from './pages/SegmentEditPage';
import { SegmentsPage } from './pages/SegmentsPage';
import { NotFound } from './pages/NotFound';
import { SignInPage } from './pages/SignInPage';
import { API_ACCESS_KEY_PATH } from './routes';

export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSession />}>
        <Route element={<AppShell />}>
          <Route index element={<Navigate to="/accounts" replace />} />
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="accounts/:rtpAid" element={<AccountDetailPage />} />
          <Route path="journey" element={<JourneyPage />} />
          <Route path="segments" element={<SegmentsPage />} />
          <Route path="segments/new" element={<SegmentEditPage />} />
          <Route path="segments/:segmentId" element={<SegmentEditPage />} />
          <Route
            path="scoring"
            element={<ComingNext title="Scoring" what="every scoring setting as a form, “run scoring now” with live progress, and the last runs" />}
          />
          <Route path="settings" element={<Navigate to={API_ACCESS_KEY_PATH} replace />} />
          <Route
            path={API_ACCESS_KEY_PATH.slice(1)}
            element={
              <ComingNext
                title="API Access Key"
                breadcrumb={['Settings', 'Workspace', 'Tech Settings']}
                what="generating or regenerating your API key (shown once, with a copy button) and, for admins, the workspace’s API access switch and its users"
              >
                <p>
                  Until then, an admin issues a key on the server with <code>intentbase key create --email &lt;your email&gt;</code>; it revokes your
                  previous key at once.
                </p>
              </ComingNext>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
