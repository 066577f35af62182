import { Anchor, Box, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle, useLocale, useTenant } from '@ancrage/ui';

/** /t/:tenant — the département's public home: its name, tagline, introduction and services. */
export function PortalHomePage() {
  const { t, i18n } = useTranslation('common');
  const tenant = useTenant();
  const locale = useLocale();
  useDocumentTitle(null);
  const tagline = tenant.branding.tagline?.[locale] ?? tenant.branding.tagline?.fr;
  const intro = tenant.branding.portalIntro?.[locale] ?? tenant.branding.portalIntro?.fr;
  const services = tenant.nav.filter((entry) => entry.area === 'portal');

  return (
    <Stack gap="xl">
      {/* The tenant's colour behind white text (tenant colours are chosen dark enough). */}
      <Box bg="var(--mantine-primary-color-filled)" c="white" p={{ base: 'lg', sm: 'xl' }} style={{ borderRadius: 'var(--mantine-radius-lg)' }}>
        <Stack gap="sm" maw={760}>
          <Title order={1}>{tenant.name}</Title>
          {tagline ? (
            <Text size="xl" fw={600}>
              {tagline}
            </Text>
          ) : null}
          {intro ? <Text size="lg">{intro}</Text> : null}
        </Stack>
      </Box>
      {services.length > 0 ? (
        <section aria-labelledby="services-heading">
          <Title id="services-heading" order={2} size="h3" mb="md">
            {t('portal.servicesTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
            {services.map((entry) => (
              <Card key={`${entry.moduleId}:${entry.key}`} withBorder radius="md" padding="lg">
                <Title order={3} size="h4" mb="xs">
                  <Anchor component={Link} to={`/t/${tenant.slug}/${entry.path}`}>
                    {t(`${entry.moduleId}:${entry.labelKey}`)}
                  </Anchor>
                </Title>
                {i18n.exists(`${entry.moduleId}:portal.teaser`) ? <Text>{t(`${entry.moduleId}:portal.teaser`)}</Text> : null}
              </Card>
            ))}
          </SimpleGrid>
        </section>
      ) : null}
    </Stack>
  );
}

