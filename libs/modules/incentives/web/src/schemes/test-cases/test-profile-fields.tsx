import { NativeSelect, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRACTICE_MODES, PROFESSIONS, SPECIALTIES, STATUSES, type Profile, type Profession, type Status } from '@ancrage/incentives-domain';
import { SchemeReferencesPicker } from '../../admin-common/scheme-references';
import type { LocalSchemeChoice, TerritoryChoices } from '../../admin-common/territory-choices';

interface TestProfileFieldsProps {
  /** "cas 2": tells these fields from another case's. */
  name: string;
  profile: Profile;
  onChange: (profile: Profile) => void;
  errorOf: (field: string) => string | undefined;
  territory: TerritoryChoices;
  localSchemes: readonly LocalSchemeChoice[];
}

type OptionalKey = 'specialty' | 'yearOfStudy' | 'age' | 'practiceCommune' | 'practiceMode' | 'commitmentYearsAccepted';

/** A fictitious person's situation, every answer but status and profession optional (a missing answer is a case worth testing). */
export function TestProfileFields({ name, profile, onChange, errorOf, territory, localSchemes }: TestProfileFieldsProps) {
  const { t } = useTranslation('incentives');
  const setOptional = <K extends OptionalKey>(key: K, value: Profile[K] | undefined) => {
    const next = { ...profile };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const unanswered = { value: '', label: t('admin.testCases.unanswered') };
  const vocabulary = (family: string, values: readonly string[]) => values.map((value) => ({ value, label: t(`${family}.${value}`) }));
  const whole = (value: string | number) => (typeof value === 'number' ? value : undefined);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <NativeSelect label={t('admin.testCases.profile.status', { name })} value={profile.status} onChange={(event) => onChange({ ...profile, status: event.currentTarget.value as Status })} data={vocabulary('statuses', STATUSES)} />
        <NativeSelect label={t('admin.testCases.profile.profession', { name })} value={profile.profession} onChange={(event) => onChange({ ...profile, profession: event.currentTarget.value as Profession })} data={vocabulary('professions', PROFESSIONS)} />
        <NativeSelect label={t('admin.testCases.profile.specialty', { name })} value={profile.specialty ?? ''} onChange={(event) => setOptional('specialty', (event.currentTarget.value || undefined) as Profile['specialty'])} data={[unanswered, ...vocabulary('specialties', SPECIALTIES)]} />
        <NativeSelect label={t('admin.testCases.profile.practiceMode', { name })} value={profile.practiceMode ?? ''} onChange={(event) => setOptional('practiceMode', (event.currentTarget.value || undefined) as Profile['practiceMode'])} data={[unanswered, ...vocabulary('practiceModes', PRACTICE_MODES)]} />
        <NumberInput label={t('admin.testCases.profile.yearOfStudy', { name })} value={profile.yearOfStudy ?? ''} onChange={(value) => setOptional('yearOfStudy', whole(value))} min={1} max={15} allowDecimal={false} error={errorOf('yearOfStudy')} />
        <NumberInput label={t('admin.testCases.profile.age', { name })} value={profile.age ?? ''} onChange={(value) => setOptional('age', whole(value))} min={15} max={99} allowDecimal={false} error={errorOf('age')} />
        <NumberInput label={t('admin.testCases.profile.commitmentYearsAccepted', { name })} value={profile.commitmentYearsAccepted ?? ''} onChange={(value) => setOptional('commitmentYearsAccepted', whole(value))} min={0} max={15} allowDecimal={false} error={errorOf('commitmentYearsAccepted')} />
        <Select
          label={t('admin.testCases.profile.practiceCommune', { name })}
          placeholder={t('admin.testCases.unanswered')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('admin.testCases.clearCommune', { name }) }}
          data={territory.communes.map((commune) => ({ value: commune.code, label: `${commune.name} (${commune.code})` }))}
          value={profile.practiceCommune ?? null}
          onChange={(code) => setOptional('practiceCommune', code ?? undefined)}
          nothingFoundMessage={t('admin.area.nothingFound')}
          limit={100}
          error={errorOf('practiceCommune')}
        />
      </SimpleGrid>
      <SchemeReferencesPicker label={t('admin.testCases.profile.receiving', { name })} localSchemes={localSchemes} value={profile.receiving} onChange={(receiving) => onChange({ ...profile, receiving })} error={errorOf('receiving')} />
    </Stack>
  );
}
