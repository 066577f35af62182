import { useQuery } from '@tanstack/react-query';
import { useTRPC, type RouterOutputs } from '../api/trpc';

export type Me = NonNullable<RouterOutputs['auth']['me']>;

/** The signed-in user (role and permissions in the current tenant), or null. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions());
}

/** Whether the signed-in user holds a qualified permission (`module:resource.action`). */
export function useCan(permission: string): boolean {
  const { data } = useMe();
  return data?.permissions.includes(permission) ?? false;
}
