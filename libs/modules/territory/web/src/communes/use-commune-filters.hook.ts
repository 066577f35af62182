import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';

/** Search text (debounced), EPCI and page of the commune list; a new filter goes back to page 1. */
export function useCommuneFilters() {
  const [search, setSearchText] = useState('');
  const [epciCode, setEpci] = useState('');
  const [page, setPage] = useState(1);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);

  return {
    search,
    epciCode,
    page,
    setSearch: (value: string) => {
      setSearchText(value);
      setPage(1);
    },
    setEpciCode: (value: string) => {
      setEpci(value);
      setPage(1);
    },
    setPage,
    /** The territory.communes input. */
    input: { page, ...(debouncedSearch ? { search: debouncedSearch } : {}), ...(epciCode ? { epciCode } : {}) },
  };
}
