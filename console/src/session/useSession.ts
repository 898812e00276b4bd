import { useQuery } from '@tanstack/react-query';
import { fetchSession, sessionQueryKey } from './session';

/** The signed-in session: data is null when signed out. */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000, retry: false });
}
