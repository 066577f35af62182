import type { ReactNode } from 'react';
import { Anchor, NavLink } from '@mantine/core';
import { Link, useMatch, useResolvedPath } from 'react-router';

function useIsActive(to: string, end: boolean) {
  const resolved = useResolvedPath(to);
  return useMatch({ path: resolved.pathname, end }) !== null;
}

/** A navbar entry (back-office): highlighted and `aria-current="page"` when it is the current page. */
export function ShellNavLink({ to, label, end = false }: { to: string; label: string; end?: boolean }) {
  const active = useIsActive(to, end);
  return <NavLink component={Link} to={to} label={label} active={active} aria-current={active ? 'page' : undefined} variant="light" />;
}

/** A header link (portal): underlined when current. */
export function HeaderNavLink({ to, children, end = false }: { to: string; children: ReactNode; end?: boolean }) {
  const active = useIsActive(to, end);
  return (
    <Anchor component={Link} to={to} aria-current={active ? 'page' : undefined} fw={active ? 700 : 500} underline={active ? 'always' : 'hover'} c="inherit">
      {children}
    </Anchor>
  );
}
