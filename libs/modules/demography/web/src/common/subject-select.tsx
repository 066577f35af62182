import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUBJECT_IDS, type SubjectId } from '@ancrage/demography-domain';

/** Which professionals the figures count (the 10 subjects of the indicators). */
export function SubjectSelect({ value, onChange }: { value: SubjectId; onChange: (subject: SubjectId) => void }) {
  const { t } = useTranslation('demography');
  return (
    <NativeSelect
      label={t('filters.subject')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as SubjectId)}
      data={SUBJECT_IDS.map((id) => ({ value: id, label: t(`subjects.${id}`) }))}
    />
  );
}
