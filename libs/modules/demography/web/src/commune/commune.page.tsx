import { useMemo } from 'react';
import { Anchor, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { subjectInput, type SubjectId } from '@ancrage/demography-domain';
import { DataTable, PageHeader, QueryState, StatCard, useTenant, useTRPC } from '@ancrage/ui';
import { demographyPaths } from '../demography-paths';
import { useDemographyFormat } from '../common/demography-format.hook';
import { SnapshotSelect } from '../common/snapshot-select';
import { SnapshotSource } from '../common/snapshot-source';
import { SubjectSelect } from '../common/subject-select';
import { useProfessionLabel } from '../common/use-profession-label.hook';
import { useReadySnapshots } from '../common/use-ready-snapshots.hook';
import { CommuneAccessibility } from './commune-accessibility';
import { CommuneHistoryView } from './commune-history-view';
import { ProfessionalsTable } from './professionals-table';

/** Headcount and FTE by profession in the snapshot. */
function byProfession(professionals: readonly { nationalId: string; professionCode: string; professionLabel: string; weight: number }[]) {
  const groups = new Map<string, { code: string; label: string; people: Set<string>; fte: number }>();
  for (const p of professionals) {
    const group = groups.get(p.professionCode) ?? { code: p.professionCode, label: p.professionLabel, people: new Set<string>(), fte: 0 };
    group.people.add(p.nationalId);
    group.fte += p.weight;
    groups.set(p.professionCode, group);
  }
  return [...groups.values()].map((group) => ({ code: group.code, label: group.label, headcount: group.people.size, fte: group.fte }));
}

/** /t/:tenant/admin/demography/communes/:code — one commune's professionals, history and accessibility. */
export function CommunePage() {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const tenant = useTenant();
  const format = useDemographyFormat();
  const professionLabel = useProfessionLabel();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { ready } = useReadySnapshots();
  const subject: SubjectId = subjectInput.safeParse(params.get('subject')).data ?? 'general-practice';
  const snapshotId = ready.find((snapshot) => snapshot.id === params.get('snapshot'))?.id;
  const commune = useQuery(trpc.demography.commune.queryOptions({ code, snapshotId }));
  const professions = useMemo(() => byProfession(commune.data?.professionals ?? []), [commune.data]);
  const change = (key: 'subject' | 'snapshot', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const place = commune.data?.commune;
  return (
    <>
      <PageHeader
        title={place?.name ?? t('commune.title')}
        description={place ? t('commune.description', { code: place.code, epci: place.epciName ?? t('commune.noEpci') }) : undefined}
        actions={
          <Anchor component={Link} to={`${demographyPaths.overview(tenant.slug)}?subject=${subject}${snapshotId ? `&snapshot=${snapshotId}` : ''}`}>
            {t('commune.back')}
          </Anchor>
        }
      />
      <QueryState query={commune}>
        {(data) => (
          <Stack gap="xl">
            <Group gap="md" align="flex-end" wrap="wrap" role="group" aria-label={t('filters.label')}>
              <SubjectSelect value={subject} onChange={(value) => change('subject', value)} />
              <SnapshotSelect label={t('filters.snapshot')} snapshots={ready} value={data.snapshot?.id} onChange={(value) => change('snapshot', value)} />
            </Group>
            {data.snapshot ? <SnapshotSource snapshot={data.snapshot} /> : null}
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <StatCard value={format.count(data.commune.population)} label={t('commune.population')} />
              <StatCard value={data.commune.epciName ?? '—'} label={t('commune.epci')} />
              <CommuneAccessibility code={data.commune.code} subject={subject} snapshotId={data.snapshot?.id} />
            </SimpleGrid>
            <section aria-labelledby="demography-commune-professions">
              <Title order={2} size="h3" id="demography-commune-professions" mb="sm">
                {t('commune.professionsTitle')}
              </Title>
              <DataTable
                caption={t('commune.professionsCaption', { name: data.commune.name })}
                rows={professions}
                rowKey={(row) => row.code}
                empty={t('professionals.empty')}
                minWidth={420}
                columns={[
                  { key: 'profession', header: t('professionals.profession'), render: (row) => professionLabel(row.code, row.label) },
                  { key: 'headcount', header: t('table.headcount'), numeric: true, render: (row) => format.count(row.headcount) },
                  { key: 'fte', header: t('table.fte'), numeric: true, render: (row) => format.fte(row.fte) },
                ]}
              />
            </section>
            <section aria-labelledby="demography-commune-professionals">
              <Title order={2} size="h3" id="demography-commune-professionals" mb="sm">
                {t('professionals.title')}
              </Title>
              <ProfessionalsTable professionals={data.professionals} communeName={data.commune.name} />
            </section>
            <section aria-labelledby="demography-commune-history">
              <Title order={2} size="h3" id="demography-commune-history" mb="sm">
                {t('commune.historyTitle')}
              </Title>
              <CommuneHistoryView history={data.history} communeName={data.commune.name} />
            </section>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
