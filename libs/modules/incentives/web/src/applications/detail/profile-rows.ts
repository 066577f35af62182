import type { TFunction } from 'i18next';
import type { Profile } from '@ancrage/incentives-domain';

/** A profile as label/value lines in the page's language; unanswered questions say so. */
export function profileRows(profile: Partial<Profile>, t: TFunction, names: { communes: Record<string, string>; schemes: (reference: string) => string }): { key: string; label: string; value: string }[] {
  const none = t('admin.application.profile.unanswered');
  const word = (family: string, value: string | undefined) => (value ? t(`${family}.${value}`) : none);
  const number = (value: number | undefined) => (value === undefined ? none : String(value));
  return [
    { key: 'status', label: t('admin.application.profile.status'), value: word('statuses', profile.status) },
    { key: 'profession', label: t('admin.application.profile.profession'), value: word('professions', profile.profession) },
    { key: 'specialty', label: t('admin.application.profile.specialty'), value: word('specialties', profile.specialty) },
    { key: 'yearOfStudy', label: t('admin.application.profile.yearOfStudy'), value: number(profile.yearOfStudy) },
    { key: 'age', label: t('admin.application.profile.age'), value: number(profile.age) },
    {
      key: 'practiceCommune',
      label: t('admin.application.profile.practiceCommune'),
      value: profile.practiceCommune ? `${names.communes[profile.practiceCommune] ?? profile.practiceCommune} (${profile.practiceCommune})` : none,
    },
    { key: 'practiceMode', label: t('admin.application.profile.practiceMode'), value: word('practiceModes', profile.practiceMode) },
    { key: 'commitmentYearsAccepted', label: t('admin.application.profile.commitmentYearsAccepted'), value: number(profile.commitmentYearsAccepted) },
    {
      key: 'receiving',
      label: t('admin.application.profile.receiving'),
      value: profile.receiving && profile.receiving.length > 0 ? profile.receiving.map(names.schemes).join(', ') : t('admin.application.profile.receivingNone'),
    },
  ];
}
