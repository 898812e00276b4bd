import { Navigate, Route, Routes } from 'react-router';
import { AppShell, RequireSession } from './pages/AppShell';
import { AccountsPage } from './pages/AccountsPage';
import { AccountDetailPage } from './pages/AccountDetailPage';
import { JourneyPage } from './pages/JourneyPage';
import { SegmentEditPage } from './pages/SegmentEditPage';
import { SegmentsPage } from './pages/SegmentsPage';
import { NotFound } from './pages/NotFound';
import { SignInPage } from './pages/SignInPage';
import { API_ACCESS_KEY_PATH } from './routes';
import { ApiAccessKeyPage } from './pages/ApiAccessKeyPage';
import { ScoringPage } from './pages/ScoringPage';
import { SignalsImportPage } from './pages/SignalsImportPage';

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
          <Route path="scoring" element={<ScoringPage />} />
          <Route path="signals/import" element={<SignalsImportPage />} />
          <Route path="settings" element={<Navigate to={API_ACCESS_KEY_PATH} replace />} />
          <Route path={API_ACCESS_KEY_PATH.slice(1)} element={<ApiAccessKeyPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
