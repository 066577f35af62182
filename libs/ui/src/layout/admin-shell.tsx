import type { MouseEvent, ReactNode } from 'react';
import { AppShell, Burger, Group, ScrollArea } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

interface AdminShellProps {
  /** Left of the header: the tenant's name or logo, linking home. */
  brand: ReactNode;
  /** Accessible name of the navigation landmark. */
  navLabel: string;
  /** Navigation links (NavLink elements). */
  navigation: ReactNode;
  /** Bottom of the navbar (secondary links). */
  navigationFooter?: ReactNode;
  /** Right of the header: language switch, user menu. */
  headerActions: ReactNode;
  children: ReactNode;
}

const NAVBAR_BREAKPOINT = 'sm';

/** Back-office layout: header, collapsible navbar (burger below 768 px) and main content. */
export function AdminShell({ brand, navLabel, navigation, navigationFooter, headerActions, children }: AdminShellProps) {
  const { t } = useTranslation('common');
  const [opened, { toggle, close }] = useDisclosure(false);
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  // On phones, following a link closes the menu.
  const closeOnLink = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) close();
  };

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: NAVBAR_BREAKPOINT, collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <SkipLink />
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom={NAVBAR_BREAKPOINT}
              size="sm"
              aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
              aria-expanded={opened}
              aria-controls="admin-navigation"
            />
            {brand}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {headerActions}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="admin-navigation" aria-label={navLabel} p="xs" inert={isPhone && !opened} onClick={closeOnLink}>
        <AppShell.Section grow component={ScrollArea}>
          {navigation}
        </AppShell.Section>
        {navigationFooter ? <AppShell.Section pt="xs">{navigationFooter}</AppShell.Section> : null}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
