import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader, QueryState, useMe, useTRPC } from '@ancrage/ui';
import { TenantCard } from './tenant-card';

/** / — what Ancrage is, and the départements that use it. */
export function LandingPage() {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const tenants = useQuery(trpc.platform.tenants.list.queryOptions());
  const me = useMe();

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('landing.title')}
        description={t('landing.tagline')}
        actions={
          me.data?.isPlatformAdmin ? (
            <Button component={Link} to="/platform/tenants/new">
              {t('landing.addTenant')}
            </Button>
          ) : undefined
        }
      />
      <Text size="lg" maw={760}>
        {t('landing.intro')}
      </Text>
      <section aria-labelledby="tenants-heading">
        <Title id="tenants-heading" order={2} size="h3" mb="md">
          {t('landing.tenantsTitle')}
        </Title>
        <QueryState query={tenants}>
          {(list) =>
            list.length === 0 ? (
              <Text>{t('landing.noTenant')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
                {list.map((tenant) => (
                  <TenantCard key={tenant.slug} tenant={tenant} />
                ))}
              </SimpleGrid>
            )
          }
        </QueryState>
      </section>
    </Stack>
  );
}
