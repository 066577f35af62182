import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '@ancrage/ui';

interface CommuneFiltersProps {
  search: string;
  onSearch: (value: string) => void;
  epciCode: string;
  onEpci: (value: string) => void;
}

/** Search box (name or postcode) and inter-municipal body select. */
export function CommuneFilters({ search, onSearch, epciCode, onEpci }: CommuneFiltersProps) {
  const { t } = useTranslation('territory');
  const trpc = useTRPC();
  const epcis = useQuery(trpc.territory.epcis.queryOptions());
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" role="search" aria-label={t('communes.search')}>
      <TextInput label={t('communes.search')} placeholder={t('communes.searchPlaceholder')} type="search" value={search} onChange={(event) => onSearch(event.currentTarget.value)} />
      <NativeSelect
        label={t('communes.epci')}
        value={epciCode}
        onChange={(event) => onEpci(event.currentTarget.value)}
        data={[{ value: '', label: t('communes.allEpcis') }, ...(epcis.data ?? []).map((epci) => ({ value: epci.code, label: epci.name }))]}
      />
    </SimpleGrid>
  );
}
