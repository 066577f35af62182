import { useMemo, useState } from 'react';
import { Button, Group, MultiSelect, NativeSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormatters, useNotify, useTRPC } from '@ancrage/ui';
import { communeLabel, mergeCommunes, totalPopulation, type CommuneOption } from './commune-option';
import { useEpciCommunes } from './epci-communes.hook';

interface CommunePickerProps {
  value: CommuneOption[];
  onChange: (communes: CommuneOption[]) => void;
  error?: string | undefined;
}

const SEARCH_PAGE_SIZE = 20;

/** Choose communes by searching names or postcodes (server-side), or add a whole EPCI. */
export function CommunePicker({ value, onChange, error }: CommunePickerProps) {
  const { t } = useTranslation('territory');
  const trpc = useTRPC();
  const notify = useNotify();
  const format = useFormatters();
  const [search, setSearch] = useState('');
  const [epciCode, setEpciCode] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useQuery({
    ...trpc.territory.communes.queryOptions({ page: 1, pageSize: SEARCH_PAGE_SIZE, ...(debounced ? { search: debounced } : {}) }),
    placeholderData: keepPreviousData,
  });
  const epcis = useQuery(trpc.territory.epcis.queryOptions());
  const epciCommunes = useEpciCommunes();

  const found = useMemo(() => (results.data?.items ?? []).map(({ code, name, population }) => ({ code, name, population })), [results.data]);
  const known = useMemo(() => new Map([...found, ...value].map((commune) => [commune.code, commune])), [found, value]);
  const foundCodes = useMemo(() => new Set(found.map((commune) => commune.code)), [found]);
  const data = useMemo(() => [...known.values()].map((commune) => ({ value: commune.code, label: communeLabel(commune) })), [known]);

  const addEpci = async () => {
    if (!epciCode) return;
    try {
      onChange(mergeCommunes(value, await epciCommunes.load(epciCode)));
      setEpciCode('');
    } catch (failure) {
      notify.failure(failure);
    }
  };

  return (
    <Stack gap="sm">
      <MultiSelect
        label={t('perimeters.communes')}
        description={t('perimeters.communesHelp')}
        placeholder={t('communes.searchPlaceholder')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={data}
        value={value.map((commune) => commune.code)}
        onChange={(codes) => onChange(codes.flatMap((code) => known.get(code) ?? []))}
        // The API already filtered by name, postcode or code: show its answers.
        filter={({ options }) => options.filter((option) => 'value' in option && foundCodes.has(option.value))}
        nothingFoundMessage={results.isFetching ? t('perimeters.searching') : t('communes.empty')}
        maxDropdownHeight={280}
        required
        error={error}
        clearable
        clearButtonProps={{ 'aria-label': t('perimeters.clearCommunes') }}
      />
      <Text size="sm" aria-live="polite">
        {t('perimeters.selected', { count: value.length, population: format.number(totalPopulation(value)) })}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('perimeters.addEpci')}
          value={epciCode}
          onChange={(event) => setEpciCode(event.currentTarget.value)}
          data={[{ value: '', label: t('perimeters.chooseEpci') }, ...(epcis.data ?? []).map((epci) => ({ value: epci.code, label: epci.name }))]}
          style={{ flex: '1 1 18rem' }}
        />
        <Button variant="default" onClick={() => void addEpci()} loading={epciCommunes.loading} disabled={!epciCode}>
          {t('perimeters.addEpciButton')}
        </Button>
      </Group>
    </Stack>
  );
}
