import { useMemo, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { accessibleCssVariables, buildTheme, type ThemeBranding } from './app-theme';

/** Mantine with the page's colours (light scheme only) and the toast area. */
export function ThemeRoot({ branding, children }: { branding?: ThemeBranding | null | undefined; children: ReactNode }) {
  const primaryColor = branding?.primaryColor;
  const accentColor = branding?.accentColor;
  const theme = useMemo(() => buildTheme({ primaryColor, accentColor }), [primaryColor, accentColor]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={accessibleCssVariables} forceColorScheme="light">
      <Notifications position="bottom-right" autoClose={6000} />
      {children}
    </MantineProvider>
  );
}
