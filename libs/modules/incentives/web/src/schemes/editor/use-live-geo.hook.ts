import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ruleGeoReferences, type GeoSnapshot, type SchemeContent } from '@ancrage/incentives-domain';
import { useTRPC } from '@ancrage/ui';

const referencesOf = (content: SchemeContent) => ruleGeoReferences(content.eligibility, content.commitment?.area ?? null);

/**
 * The places the content being edited names, resolved to communes: the
 * snapshot loaded with the scheme while its areas are unchanged, then the
 * server's answer for the new ones (`schemeGeo`), the previous one meanwhile.
 */
export function useLiveGeo(content: SchemeContent, loaded: { content: SchemeContent; geo: GeoSnapshot }) {
  const trpc = useTRPC();
  const references = useMemo(() => referencesOf(content), [content]);
  const loadedKey = useMemo(() => JSON.stringify(referencesOf(loaded.content)), [loaded.content]);
  const changed = JSON.stringify(references) !== loadedKey;
  const fetched = useQuery({ ...trpc.incentives.schemeGeo.queryOptions(references), enabled: changed, placeholderData: keepPreviousData, staleTime: 60_000 });
  const geo = changed ? (fetched.data ?? loaded.geo) : loaded.geo;
  return { geo, resolving: changed && fetched.isFetching, error: changed ? fetched.error : null };
}
