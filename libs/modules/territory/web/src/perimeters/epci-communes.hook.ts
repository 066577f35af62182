import { useState } from 'react';
import { useTRPCClient } from '@ancrage/ui';
import type { CommuneOption } from './commune-option';

const PAGE_SIZE = 100;

/** Loads every commune of an EPCI (page by page) to add them to a perimeter at once. */
export function useEpciCommunes() {
  const client = useTRPCClient();
  const [loading, setLoading] = useState(false);
  const load = async (epciCode: string): Promise<CommuneOption[]> => {
    setLoading(true);
    try {
      const communes: CommuneOption[] = [];
      for (let page = 1; ; page++) {
        const result = await client.territory.communes.query({ epciCode, page, pageSize: PAGE_SIZE });
        communes.push(...result.items.map(({ code, name, population }) => ({ code, name, population })));
        if (page * PAGE_SIZE >= result.total) return communes;
      }
    } finally {
      setLoading(false);
    }
  };
  return { load, loading };
}
