import { Checkbox, Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NATIONAL_SCHEMES, PRACTICE_MODES, PROFESSIONS, SPECIALTIES, STATUSES, type SchemeReference } from '@ancrage/incentives-domain';
import { CommunePicker, type CommuneOption } from './commune-picker';
import { STUDYING_STATUSES, type ProfileDraft } from './profile-draft';

export interface ProfileFieldsProps {
  value: ProfileDraft;
  onChange: (next: ProfileDraft) => void;
  /** The message of one field, e.g. `(field) => errors.errorOf(\`profile.${field}\`)`. */
  errorOf?: (field: keyof ProfileDraft) => string | undefined;
  /** Communes of the picker: the whole list, or what `onCommuneSearch` found. */
  communes: readonly CommuneOption[];
  onCommuneSearch?: (text: string) => void;
  communesLoading?: boolean;
  /** Local schemes one may already receive (the national ones are always offered). */
  localSchemes?: readonly { reference: SchemeReference; name: string }[];
  /** Prefix of the fields' ids, when several profile forms share a page. */
  idPrefix?: string;
  disabled?: boolean;
}

const toNumber = (value: number | string): number | '' => (typeof value === 'number' && Number.isFinite(value) ? value : '');

/**
 * The questions of a profile (simulator, application, test cases): who the
 * person is, where and how they would practise, what they already receive.
 * Controlled: `value` in, `onChange` with the whole next value out.
 */
export function ProfileFields({ value, onChange, errorOf = () => undefined, communes, onCommuneSearch, communesLoading, localSchemes = [], idPrefix = 'profile', disabled }: ProfileFieldsProps) {
  const { t } = useTranslation('incentives');
  const set = <K extends keyof ProfileDraft>(key: K, next: ProfileDraft[K]) => onChange({ ...value, [key]: next });
  const choose = (placeholder: string) => ({ value: '', label: placeholder });
  const studying = value.status !== '' && STUDYING_STATUSES.includes(value.status);
  const schemes = [
    ...NATIONAL_SCHEMES.map((scheme) => ({ reference: `national:${scheme}` as SchemeReference, name: t(`nationalSchemes.${scheme}`) })),
    ...localSchemes,
  ];

  return (
    <Stack gap="md">
      <Fieldset legend={t('shared.profile.situation')} disabled={disabled}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            id={`${idPrefix}-status`}
            label={t('shared.profile.status')}
            required
            value={value.status}
            // A professional has no year of study: drop a former answer.
            onChange={(event) => {
              const status = event.currentTarget.value as ProfileDraft['status'];
              onChange({ ...value, status, yearOfStudy: status !== '' && STUDYING_STATUSES.includes(status) ? value.yearOfStudy : '' });
            }}
            data={[choose(t('shared.profile.choose')), ...STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))]}
            error={errorOf('status')}
          />
          <NativeSelect
            id={`${idPrefix}-profession`}
            label={t('shared.profile.profession')}
            required
            value={value.profession}
            onChange={(event) => {
              const profession = event.currentTarget.value as ProfileDraft['profession'];
              onChange({ ...value, profession, specialty: profession === 'medecin' ? value.specialty : '' });
            }}
            data={[choose(t('shared.profile.choose')), ...PROFESSIONS.map((profession) => ({ value: profession, label: t(`professions.${profession}`) }))]}
            error={errorOf('profession')}
          />
          {value.profession === 'medecin' ? (
            <NativeSelect
              id={`${idPrefix}-specialty`}
              label={t('shared.profile.specialty')}
              description={t('shared.profile.specialtyHelp')}
              value={value.specialty}
              onChange={(event) => set('specialty', event.currentTarget.value as ProfileDraft['specialty'])}
              data={[choose(t('shared.profile.notSaid')), ...SPECIALTIES.map((specialty) => ({ value: specialty, label: t(`specialties.${specialty}`) }))]}
              error={errorOf('specialty')}
            />
          ) : null}
          {studying ? (
            <NumberInput
              id={`${idPrefix}-year`}
              label={t('shared.profile.yearOfStudy')}
              description={t('shared.profile.yearOfStudyHelp')}
              min={1}
              max={15}
              allowDecimal={false}
              allowNegative={false}
              value={value.yearOfStudy}
              onChange={(next) => set('yearOfStudy', toNumber(next))}
              error={errorOf('yearOfStudy')}
            />
          ) : null}
          <NumberInput
            id={`${idPrefix}-age`}
            label={t('shared.profile.age')}
            min={15}
            max={99}
            allowDecimal={false}
            allowNegative={false}
            value={value.age}
            onChange={(next) => set('age', toNumber(next))}
            error={errorOf('age')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('shared.profile.project')} disabled={disabled}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <CommunePicker
            id={`${idPrefix}-commune`}
            label={t('shared.profile.practiceCommune')}
            description={t('shared.profile.practiceCommuneHelp')}
            value={value.practiceCommune}
            onChange={(code) => set('practiceCommune', code)}
            communes={communes}
            onSearch={onCommuneSearch}
            loading={communesLoading}
            error={errorOf('practiceCommune')}
            disabled={disabled}
          />
          <NativeSelect
            id={`${idPrefix}-mode`}
            label={t('shared.profile.practiceMode')}
            value={value.practiceMode}
            onChange={(event) => set('practiceMode', event.currentTarget.value as ProfileDraft['practiceMode'])}
            data={[choose(t('shared.profile.notSaid')), ...PRACTICE_MODES.map((mode) => ({ value: mode, label: t(`practiceModes.${mode}`) }))]}
            error={errorOf('practiceMode')}
          />
          <NumberInput
            id={`${idPrefix}-commitment`}
            label={t('shared.profile.commitmentYears')}
            description={t('shared.profile.commitmentYearsHelp')}
            min={0}
            max={15}
            allowDecimal={false}
            allowNegative={false}
            value={value.commitmentYearsAccepted}
            onChange={(next) => set('commitmentYearsAccepted', toNumber(next))}
            error={errorOf('commitmentYearsAccepted')}
          />
        </SimpleGrid>
      </Fieldset>
      <Checkbox.Group
        id={`${idPrefix}-receiving`}
        label={t('shared.profile.receiving')}
        description={t('shared.profile.receivingHelp')}
        value={value.receiving}
        onChange={(next) => set('receiving', next as SchemeReference[])}
        error={errorOf('receiving')}
      >
        <Stack gap="xs" mt="xs">
          {schemes.map((scheme) => (
            <Checkbox key={scheme.reference} value={scheme.reference} label={scheme.name} disabled={disabled} />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}
