import { useEffect } from 'react';

/** The document title of a page: what a screen reader announces and a tab shows. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Intentbase`;
  }, [title]);
}
