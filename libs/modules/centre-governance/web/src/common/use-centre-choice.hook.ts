import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ancrage/ui';

/** The centre a page works on: the first one until the user picks another. */
export function useCentreChoice() {
  const trpc = useTRPC();
  const centres = useQuery(trpc['centre-governance'].centres.queryOptions());
  const [picked, setPicked] = useState<string | null>(null);
  const centreId = picked ?? centres.data?.[0]?.id ?? '';
  return { centres, centreId, setCentreId: setPicked };
}
