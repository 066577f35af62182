import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SCHEME_KINDS, STATUSES, type SchemeKind, type Status } from '@ancrage/incentives-domain';
import { PageHeader, QueryState, useMe, useTenant, useTRPC } from '@ancrage/ui';
import { portalPaths } from './portal-paths';
import { SchemeCard } from './scheme-card';
import { useCatalogueFilters } from './use-catalogue-filters.hook';

/** /t/:tenant/incentives — the département's published schemes, filtered by audience and kind, and the way to the simulator. */
export function PortalSchemesPage() {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const filters = useCatalogueFilters();
  const schemes = useQuery(trpc.incentives.portalSchemes.queryOptions());
  const me = useMe();

  return (
    <>
      <PageHeader
        title={t('portal.catalogue.title')}
        description={t('portal.catalogue.intro')}
        actions={
          me.data ? (
            <Button component={Link} to={portalPaths.myApplications(tenant.slug)} variant="default">
              {t('portal.catalogue.myApplications')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} bg="gray.0" component="aside" aria-labelledby="simulator-callout">
          <Stack gap="xs" align="flex-start">
            <Title order={2} size="h3" id="simulator-callout">
              {t('portal.catalogue.simulatorTitle')}
            </Title>
            <Text>{t('portal.catalogue.simulatorText')}</Text>
            <Button component={Link} to={portalPaths.simulator(tenant.slug)} size="md">
              {t('portal.catalogue.simulatorLink')}
            </Button>
          </Stack>
        </Paper>
        <Group align="flex-end" gap="md" wrap="wrap" component="form" role="search" aria-label={t('portal.catalogue.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
          <NativeSelect
            label={t('portal.catalogue.audienceFilter')}
            value={filters.audience ?? ''}
            onChange={(event) => filters.setAudience((event.currentTarget.value || undefined) as Status | undefined)}
            data={[{ value: '', label: t('portal.catalogue.allAudiences') }, ...STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))]}
          />
          <NativeSelect
            label={t('portal.catalogue.kindFilter')}
            value={filters.kind ?? ''}
            onChange={(event) => filters.setKind((event.currentTarget.value || undefined) as SchemeKind | undefined)}
            data={[{ value: '', label: t('portal.catalogue.allKinds') }, ...SCHEME_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))]}
          />
        </Group>
        <QueryState query={schemes}>
          {(list) => {
            const shown = list.filter((scheme) => (!filters.audience || scheme.audiences.includes(filters.audience)) && (!filters.kind || scheme.kind === filters.kind));
            if (list.length === 0) return <Text>{t('portal.catalogue.empty')}</Text>;
            if (shown.length === 0) return <Text role="status">{t('portal.catalogue.noMatch')}</Text>;
            return (
              <section aria-label={t('portal.catalogue.listLabel', { count: shown.length })}>
                <Text role="status" size="sm" mb="sm">
                  {t('portal.catalogue.listLabel', { count: shown.length })}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
                  {shown.map((scheme) => (
                    <SchemeCard key={scheme.slug} scheme={scheme} />
                  ))}
                </SimpleGrid>
              </section>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}
