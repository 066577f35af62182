import { Anchor, createTheme, darken, lighten, type CSSVariablesResolver, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';

/** Ancrage's own blue, used outside any tenant (7.7:1 against white). */
export const ANCRAGE_PRIMARY = '#17557a';
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export interface ThemeBranding {
  primaryColor?: string | undefined;
  accentColor?: string | undefined;
}

/** Ten shades around a brand colour; shade 6 (buttons, links) is the colour itself. */
export function brandPalette(color: string): MantineColorsTuple {
  return [
    lighten(color, 0.92),
    lighten(color, 0.84),
    lighten(color, 0.72),
    lighten(color, 0.58),
    lighten(color, 0.42),
    lighten(color, 0.22),
    color,
    darken(color, 0.12),
    darken(color, 0.24),
    darken(color, 0.36),
  ];
}

/** The Mantine theme of a page: the tenant's colours when it has some, Ancrage's otherwise. */
export function buildTheme(branding: ThemeBranding | null | undefined): MantineThemeOverride {
  const primary = branding?.primaryColor && HEX_COLOR.test(branding.primaryColor) ? branding.primaryColor : ANCRAGE_PRIMARY;
  const accent = branding?.accentColor && HEX_COLOR.test(branding.accentColor) ? branding.accentColor : primary;
  return createTheme({
    primaryColor: 'brand',
    primaryShade: 6,
    colors: { brand: brandPalette(primary), accent: brandPalette(accent) },
    // A light brand colour gets dark text on filled buttons.
    autoContrast: true,
    defaultRadius: 'md',
    cursorType: 'pointer',
    focusRing: 'auto',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    // Links inside text must not rely on colour alone.
    components: { Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }) },
    headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  });
}

/** Mantine's secondary greys and error red are too pale on white for WCAG AA: darker ones. */
export const accessibleCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-placeholder': '#6b7178',
    '--mantine-color-error': '#c92a2a',
  },
  dark: {},
});
