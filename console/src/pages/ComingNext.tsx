import type { ReactNode } from 'react';
import { usePageTitle } from '../usePageTitle';

/** A page of the navigation that is not built yet: it says what will be there, and shows no data. */
export function ComingNext({ title, what, breadcrumb, children }: { title: string; what: string; breadcrumb?: string[]; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <section aria-labelledby="page-title">
      {breadcrumb ? (
        <p className="breadcrumb">
          {breadcrumb.map((part) => (
            <span key={part}>{part} → </span>
          ))}
          <span>{title}</span>
        </p>
      ) : null}
      <h1 id="page-title">{title}</h1>
      <div className="card coming-next">
        <p>
          <strong>Coming next.</strong> This page will show {what}.
        </p>
        {children}
      </div>
    </section>
  );
}
