import { Link } from 'react-router';
import { usePageTitle } from '../usePageTitle';

export function NotFound() {
  usePageTitle('Page not found');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Page not found</h1>
      <p>
        There is no page at this address. <Link to="/accounts">Go to the accounts</Link>.
      </p>
    </section>
  );
}
