import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Chooses the centre a page shows. */
export function CentreSelect({ centres, value, onChange }: { centres: readonly { id: string; name: string }[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('centre-governance');
  return <NativeSelect label={t('centres.choose')} value={value} onChange={(event) => onChange(event.currentTarget.value)} data={centres.map((centre) => ({ value: centre.id, label: centre.name }))} w={360} />;
}
