import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// A badge keeps its whole text even in a narrow table column.
const NO_ELLIPSIS = { label: { overflow: 'visible', textOverflow: 'clip' } } as const;

// Dark shades: white text on them reads at 4.5:1 or more.
const COLORS: Record<string, string> = { queued: 'gray.8', importing: 'blue.9', ready: 'teal.9', failed: 'red.9', duplicate: 'gray.8' };

/** "En attente", "Import en cours", "Prêt", "Échec"… */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('demography');
  return (
    <Badge color={COLORS[status] ?? 'gray.8'} tt="none" radius="sm" styles={NO_ELLIPSIS}>
      {t(`imports.statuses.${status}`)}
    </Badge>
  );
}
