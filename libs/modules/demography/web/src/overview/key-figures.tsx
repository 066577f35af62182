import { SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SubjectId } from '@ancrage/demography-domain';
import { StatCard, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';

type Indicators = RouterOutputs['demography']['indicators'];
type Reference = Indicators['references'][number];

/** The newest reference value of each level (région, France): the API lists years newest first. */
function latestByLevel(references: readonly Reference[]): Reference[] {
  const seen = new Set<string>();
  return references.filter((reference) => !seen.has(reference.level) && seen.add(reference.level));
}

function DensityCompared({ density, references }: { density: number | null; references: readonly Reference[] }) {
  const { t } = useTranslation('demography');
  const format = useDemographyFormat();
  return (
    <>
      {t('figures.density')}
      {latestByLevel(references).map((reference) => (
        <Text key={reference.id} size="sm" component="span" display="block">
          {t('figures.reference', {
            level: t(`referenceValues.levels.${reference.level}`),
            value: format.density(reference.densityPer100k),
            source: reference.source,
            year: reference.year,
          })}
          {density !== null && reference.densityPer100k > 0 ? ` (${t('figures.gap', { gap: format.signed(((density - reference.densityPer100k) / reference.densityPer100k) * 100) })})` : null}
        </Text>
      ))}
    </>
  );
}

/** Headcount, FTE, density against the reference values, libéral/salarié split and communes without a GP. */
export function KeyFigures({ indicators, subject, snapshotId }: { indicators: Indicators; subject: SubjectId; snapshotId: string | undefined }) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const format = useDemographyFormat();
  const withoutGp = useQuery(trpc.demography.withoutGeneralPractice.queryOptions({ snapshotId }));
  const total = indicators.total;
  if (!total) return null;
  const share = (fte: number) => (total.fte > 0 ? format.share(fte / total.fte) : '—');
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
      <StatCard value={format.count(total.headcount)} label={t('figures.headcount', { subject: t(`subjects.${subject}`) })} />
      <StatCard value={format.fte(total.fte)} label={t('figures.fte')} />
      <StatCard value={total.densityPer100k === null ? '—' : format.density(total.densityPer100k)} label={<DensityCompared density={total.densityPer100k} references={indicators.references} />} />
      <StatCard value={share(total.liberalFte)} label={t('figures.liberalShare', { fte: format.fte(total.liberalFte) })} />
      <StatCard value={share(total.salariedFte)} label={t('figures.salariedShare', { fte: format.fte(total.salariedFte) })} />
      <StatCard
        value={withoutGp.data ? format.count(withoutGp.data.communes.length) : '…'}
        label={t('figures.withoutGp', { population: format.count((withoutGp.data?.communes ?? []).reduce((sum, commune) => sum + commune.population, 0)) })}
      />
    </SimpleGrid>
  );
}
