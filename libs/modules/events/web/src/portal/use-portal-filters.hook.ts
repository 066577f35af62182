import { useSearchParams } from 'react-router';
import { AUDIENCES, EVENT_KINDS, parisDay, type Audience, type EventKind } from '@ancrage/events-domain';

export type PortalView = 'list' | 'month';

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined => (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

/** The portal's filters, kept in the address so that a filtered list can be shared. */
export function usePortalFilters() {
  const [params, setParams] = useSearchParams();
  const audience = pick<Audience>(params.get('audience'), AUDIENCES);
  const kind = pick<EventKind>(params.get('kind'), EVENT_KINDS);
  const view: PortalView = params.get('view') === 'month' ? 'month' : 'list';
  const monthParam = params.get('month');
  const month = monthParam && /^\d{4}-(0[1-9]|1[0-2])$/.test(monthParam) ? monthParam : parisDay(new Date()).slice(0, 7);

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return {
    audience,
    kind,
    view,
    month,
    setAudience: (value: Audience | undefined) => update({ audience: value }),
    setKind: (value: EventKind | undefined) => update({ kind: value }),
    setView: (value: PortalView) => update({ view: value === 'month' ? 'month' : undefined }),
    setMonth: (value: string) => update({ month: value }),
  };
}
