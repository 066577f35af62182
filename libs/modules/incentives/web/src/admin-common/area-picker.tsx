import { Fieldset, MultiSelect, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Area } from '@ancrage/incentives-domain';
import type { TerritoryChoices } from './territory-choices';

interface AreaPickerProps {
  legend: string;
  value: Area;
  onChange: (area: Area) => void;
  territory: TerritoryChoices;
  /** Messages under the whole area (e.g. "choose at least one place"). */
  error?: string | undefined;
}

/** A place made of communes, whole EPCIs and the territory's perimeters (ZIP, ZAC, CPTS…). */
export function AreaPicker({ legend, value, onChange, territory, error }: AreaPickerProps) {
  const { t } = useTranslation('incentives');
  // Codes a rule names that the territory does not offer stay visible (and removable); rule problems report them.
  const withUnknown = (known: { value: string; label: string }[], chosen: readonly string[]) => {
    const codes = new Set(known.map((option) => option.value));
    return [...known, ...chosen.filter((code) => !codes.has(code)).map((code) => ({ value: code, label: t('admin.area.unknown', { code }) }))];
  };
  const communes = withUnknown(
    territory.communes.map((commune) => ({ value: commune.code, label: `${commune.name} (${commune.code})` })),
    value.communes,
  );
  const epcis = withUnknown(
    territory.epcis.map((epci) => ({ value: epci.code, label: epci.name })),
    value.epcis,
  );
  const perimeters = withUnknown(
    territory.perimeters.map((perimeter) => ({ value: perimeter.id, label: perimeter.name })),
    value.perimeterIds,
  );
  return (
    <Fieldset legend={legend} variant="unstyled">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <MultiSelect
          label={t('admin.area.communes')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('admin.area.clearCommunes') }}
          data={communes}
          value={value.communes}
          onChange={(communesChosen) => onChange({ ...value, communes: communesChosen })}
          nothingFoundMessage={t('admin.area.nothingFound')}
          maxDropdownHeight={260}
          limit={100}
        />
        <MultiSelect
          label={t('admin.area.epcis')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('admin.area.clearEpcis') }}
          data={epcis}
          value={value.epcis}
          onChange={(epcisChosen) => onChange({ ...value, epcis: epcisChosen })}
          nothingFoundMessage={t('admin.area.nothingFound')}
          maxDropdownHeight={260}
        />
        <MultiSelect
          label={t('admin.area.perimeters')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('admin.area.clearPerimeters') }}
          data={perimeters}
          value={value.perimeterIds}
          onChange={(perimeterIds) => onChange({ ...value, perimeterIds })}
          nothingFoundMessage={t('admin.area.nothingFound')}
          maxDropdownHeight={260}
        />
      </SimpleGrid>
      {error ? (
        <Text c="red.9" size="sm" mt={4}>
          {error}
        </Text>
      ) : null}
    </Fieldset>
  );
}
