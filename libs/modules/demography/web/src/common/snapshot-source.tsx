import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// A badge keeps its whole text even in a narrow table column.
const NO_ELLIPSIS = { label: { overflow: 'visible', textOverflow: 'clip' } } as const;
import { useDemographyFormat } from './demography-format.hook';

/** Shown beside every figure computed from demo data, so that nobody mistakes it for the real extract. */
export function FictitiousBadge() {
  const { t } = useTranslation('demography');
  return (
    <Badge color="yellow.3" c="dark.9" tt="none" radius="sm" styles={NO_ELLIPSIS}>
      {t('source.fictitious')}
    </Badge>
  );
}

/** "Source : RPPS (ANS), extraction du 1 décembre 2025", and the demo badge when the snapshot is fictitious. */
export function SnapshotSource({ snapshot }: { snapshot: { extractedOn: string; fictitious: boolean } }) {
  const { t } = useTranslation('demography');
  const format = useDemographyFormat();
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">{t('source.line', { source: format.rppsSource(snapshot.extractedOn) })}</Text>
      {snapshot.fictitious ? <FictitiousBadge /> : null}
    </Group>
  );
}

/** The licence of the commune contours, wherever a map is drawn. */
export function ContoursAttribution() {
  const { t } = useTranslation('demography');
  return <Text size="xs">{t('source.contours')}</Text>;
}
