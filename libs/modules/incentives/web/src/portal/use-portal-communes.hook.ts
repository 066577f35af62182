import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ancrage/ui';

/** "Verdun (55545)", as the picker shows a chosen commune, searched by its name. */
const searchTerm = (text: string) => text.replace(/\s*\([0-9AB]{5}\)\s*$/, '').trim();

/**
 * The commune picker's answers on the portal: the tenant's communes whose name
 * (or code) matches what the visitor types; the chosen commune's own code
 * until they type, so that a situation restored from a link shows its name.
 */
export function usePortalCommunes(selectedCode: string) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState('');
  const term = searchTerm(typed) || selectedCode;
  const communes = useQuery({ ...trpc.incentives.portalCommunes.queryOptions({ search: term }), enabled: term.length >= 2, placeholderData: keepPreviousData });
  return { communes: communes.data ?? [], onSearch: setTyped, loading: communes.isFetching };
}
