import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { isUnauthorized, sessionQueryKey } from './session/session';
import './styles.css';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A 401 from any API call means the session ended (idle expiry, signed out elsewhere): forget it,
    // and the shell sends the user to the sign-in page.
    onError: (error, query) => {
      if (isUnauthorized(error) && query.queryKey[0] !== sessionQueryKey[0]) queryClient.setQueryData(sessionQueryKey, null);
    },
  }),
  defaultOptions: {
    queries: { retry: (count, error) => !isUnauthorized(error) && count < 2, refetchOnWindowFocus: false },
  },
});

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
