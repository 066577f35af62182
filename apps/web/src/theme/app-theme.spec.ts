import { describe, expect, it } from 'vitest';
import { ANCRAGE_PRIMARY, brandPalette, buildTheme } from './app-theme';

describe('tenant theme', () => {
  it("uses the tenant's colour as the primary shade", () => {
    const theme = buildTheme({ primaryColor: '#1d4f91', accentColor: '#0f6b4f' });
    expect(theme.primaryColor).toBe('brand');
    expect(theme.colors?.['brand']?.[6]).toBe('#1d4f91');
    expect(theme.colors?.['accent']?.[6]).toBe('#0f6b4f');
  });

  it("falls back to Ancrage's colour for missing or malformed values", () => {
    expect(buildTheme(null).colors?.['brand']?.[6]).toBe(ANCRAGE_PRIMARY);
    expect(buildTheme({ primaryColor: 'red' }).colors?.['brand']?.[6]).toBe(ANCRAGE_PRIMARY);
  });

  it('builds ten shades from light to dark', () => {
    const palette = brandPalette('#1f5c3a');
    expect(palette).toHaveLength(10);
    expect(palette[0]).not.toBe(palette[9]);
  });
});
