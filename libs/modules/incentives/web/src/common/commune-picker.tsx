import { useState } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface CommuneOption {
  code: string;
  name: string;
}

export interface CommunePickerProps {
  label: string;
  description?: string;
  error?: string | undefined;
  id?: string;
  /** INSEE code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  /** The communes to offer: a whole list (filtered here), or the answer to the last `onSearch`. */
  communes: readonly CommuneOption[];
  /** When given, the caller searches (on the server, say) and passes what it found as `communes`. */
  onSearch?: (text: string) => void;
  loading?: boolean;
  disabled?: boolean;
}

const optionLabel = (commune: CommuneOption) => `${commune.name} (${commune.code})`;

/** A searchable commune field: type a few letters of the name (or the code) and pick. */
export function CommunePicker({ label, description, error, id, value, onChange, communes, onSearch, loading, disabled }: CommunePickerProps) {
  const { t } = useTranslation('incentives');
  // The chosen commune stays known even when the next search no longer returns it.
  const [chosen, setChosen] = useState<CommuneOption | null>(null);
  const known = communes.find((commune) => commune.code === value) ?? (chosen?.code === value ? chosen : null);
  const options = [...communes];
  if (value && !communes.some((commune) => commune.code === value)) options.unshift(known ?? { code: value, name: value });
  return (
    <Select
      id={id}
      label={label}
      description={description}
      error={error}
      disabled={disabled}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('shared.profile.clearCommune') }}
      limit={50}
      placeholder={t('shared.profile.communePlaceholder')}
      nothingFoundMessage={loading ? t('shared.profile.communeSearching') : t('shared.profile.communeNotFound')}
      data={options.map((commune) => ({ value: commune.code, label: known?.code === commune.code ? optionLabel(known) : optionLabel(commune) }))}
      value={value || null}
      onChange={(code) => {
        setChosen(communes.find((commune) => commune.code === code) ?? null);
        onChange(code ?? '');
      }}
      onSearchChange={onSearch}
      // Answers of a server search are already filtered.
      filter={onSearch ? ({ options: all }) => all : undefined}
    />
  );
}
