import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ancrage/ui';

/** The tenant's GIP (the first one: a département usually has one) and its details. */
export function useCurrentGip() {
  const trpc = useTRPC();
  const gips = useQuery(trpc['centre-governance'].gips.queryOptions());
  const gipId = gips.data?.[0]?.id;
  const gip = useQuery({ ...trpc['centre-governance'].gip.queryOptions({ id: gipId ?? '' }), enabled: gipId !== undefined });
  return { gips, gip, gipId };
}
