import type { ReactNode } from 'react';
import { Box, Container, Group } from '@mantine/core';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

interface SiteFrameProps {
  /** Left of the header: name and logo, linking home. */
  brand: ReactNode;
  /** Right of the header: language switch, account links. */
  actions: ReactNode;
  /** Main navigation (a labelled <nav>), under the brand. */
  navigation?: ReactNode;
  footer: ReactNode;
  children: ReactNode;
}

/** Public pages (landing, tenant portals): header, main content, footer; wraps on phones. */
export function SiteFrame({ brand, actions, navigation, footer, children }: SiteFrameProps) {
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <SkipLink />
      <Box component="header" style={{ borderBottom: '4px solid var(--mantine-color-accent-6)' }} bg="white">
        <Container size="lg" py="sm">
          <Group justify="space-between" gap="sm" wrap="wrap">
            {brand}
            <Group gap="xs" wrap="wrap">
              {actions}
            </Group>
          </Group>
          {navigation ? <Box mt="xs">{navigation}</Box> : null}
        </Container>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size="lg" py="xl" w="100%" style={{ flex: 1, outline: 'none' }}>
        {children}
      </Container>
      <Box component="footer" bg="gray.1" py="lg" mt="xl">
        <Container size="lg">{footer}</Container>
      </Box>
    </Box>
  );
}
