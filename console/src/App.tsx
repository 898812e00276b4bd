import { Navigate, Route, Routes } from 'react-router';
import { AppShell, RequireSession } from './pages/AppShell';
import { AccountsPage } from './pages/AccountsPage';
import { ComingNext } from './pages/ComingNext';
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
          <Route
            path="journey"
            element={<ComingNext title="Journey" what="a funnel of accounts per journey stage and the weekly stage movements of the last 26 weeks" />}
          />
          <Route path="segments" element={<ComingNext title="Segments" what="static and dynamic segments, a rule builder with a live member count, and each segment’s members" />} />
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
