import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useNotify, useTRPC } from '@ancrage/ui';
import { resetAllQueries } from '../api/api-clients';

/** Signs out, forgets every cached answer, and goes to `destination`. */
export function useLogout(destination: string) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const notify = useNotify();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: async () => {
        await navigate(destination);
        await resetAllQueries();
      },
      onError: notify.failure,
    }),
  );
}
