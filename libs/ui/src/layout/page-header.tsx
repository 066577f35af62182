import { useEffect, type ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOptionalTenant } from '../app-context/tenant.context';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links aligned to the right (wrapping under the title on phones). */
  actions?: ReactNode;
}

/** The page's single level-1 heading, with an optional lead paragraph and actions. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  useDocumentTitle(typeof title === 'string' ? title : null);
  return (
    <Group justify="space-between" align="flex-start" gap="md" mb="lg" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 20rem' }}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description ? <Text c="dimmed">{description}</Text> : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}

/** "Page — Tenant" (or "Page — Ancrage") in the browser tab: each page has its own title. */
export function useDocumentTitle(title: string | null) {
  const { t } = useTranslation('common');
  const site = useOptionalTenant()?.name ?? t('appName');
  useEffect(() => {
    document.title = title ? `${title} — ${site}` : site;
  }, [title, site]);
}
