import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ancrage/ui';

/** Reloads the application (and the list) after a change: statuses, versions and documents come from the API. */
export function useRefreshApplication() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.incentives.myApplication.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.incentives.myApplications.queryKey() }),
    ]);
}
