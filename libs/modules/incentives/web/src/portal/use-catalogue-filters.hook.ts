import { useSearchParams } from 'react-router';
import { SCHEME_KINDS, STATUSES, type SchemeKind, type Status } from '@ancrage/incentives-domain';

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined => ((allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined);

/** The catalogue's filters, kept in the address so that a filtered list can be shared. */
export function useCatalogueFilters() {
  const [params, setParams] = useSearchParams();
  const update = (key: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return {
    audience: pick<Status>(params.get('audience'), STATUSES),
    kind: pick<SchemeKind>(params.get('kind'), SCHEME_KINDS),
    setAudience: (value: Status | undefined) => update('audience', value),
    setKind: (value: SchemeKind | undefined) => update('kind', value),
  };
}
