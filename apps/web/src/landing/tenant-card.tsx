import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale, type RouterOutputs } from '@ancrage/ui';

type TenantSummary = RouterOutputs['platform']['tenants']['list'][number];

/** A département on the landing page: name (link to its portal), code and region, tagline. */
export function TenantCard({ tenant }: { tenant: TenantSummary }) {
  const { t } = useTranslation('common');
  const locale = useLocale();
  const tagline = tenant.branding.tagline?.[locale] ?? tenant.branding.tagline?.fr;
  return (
    <Card withBorder radius="md" padding="lg" style={{ borderTop: `6px solid ${tenant.branding.primaryColor ?? 'var(--mantine-primary-color-filled)'}` }}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/t/${tenant.slug}`}>
            {tenant.name}
          </Anchor>
        </Title>
        <Text size="sm">{t('landing.tenantPlace', { code: tenant.departementCode, region: tenant.regionName })}</Text>
        {tagline ? <Text>{tagline}</Text> : null}
      </Stack>
    </Card>
  );
}
