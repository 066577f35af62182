import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SubjectId } from '@ancrage/demography-domain';
import { StatCard, useTRPC } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';

/** The commune's accessibility for the subject, and whether it is under-served. */
export function CommuneAccessibility({ code, subject, snapshotId }: { code: string; subject: SubjectId; snapshotId: string | undefined }) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const format = useDemographyFormat();
  const accessibility = useQuery(trpc.demography.accessibility.queryOptions({ subject, snapshotId }));
  const commune = accessibility.data?.communes.find((candidate) => candidate.code === code);
  const threshold = accessibility.data?.threshold ?? null;
  if (accessibility.isPending) return <StatCard value="…" label={t('commune.accessibility', { subject: t(`subjects.${subject}`) })} />;
  if (!commune || threshold === null) return <Text size="sm">{t('commune.accessibilityUnavailable')}</Text>;
  return (
    <StatCard
      value={format.density(commune.value)}
      label={
        <>
          {t('commune.accessibility', { subject: t(`subjects.${subject}`) })}
          <Text size="sm" component="span" display="block">
            {t('commune.accessibilityClass', { class: t(`accessibility.classes.${commune.serviceClass}`), threshold: format.density(threshold) })}
          </Text>
        </>
      }
    />
  );
}
