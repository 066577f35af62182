import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ancrage/ui';

/** Reloads a meeting (and the GIP's lists that show it) after a change. */
export function useMeetingRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].meeting.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].gip.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].register.queryKey() }),
    ]);
}
