import type { z } from 'zod';
import { createTenantInput } from '@ancrage/contracts';

/** The API's own rules for a new tenant, checked before sending. */
export const newTenantSchema = createTenantInput;

export type NewTenantInput = z.input<typeof newTenantSchema>;

export interface NewTenantValues {
  slug: string;
  name: string;
  departementCode: string;
  defaultLocale: 'fr' | 'en';
  primaryColor: string;
  accentColor: string;
  logoUrl: string;
  taglineFr: string;
  taglineEn: string;
  introFr: string;
  introEn: string;
  modules: string[];
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The form's flat values as the API expects them: empty optional fields left out. */
export function toNewTenantInput(values: NewTenantValues) {
  const text = (fr: string, en: string) => (optional(fr) || optional(en) ? { fr: optional(fr), en: optional(en) } : undefined);
  return {
    slug: values.slug.trim(),
    name: values.name.trim(),
    departementCode: values.departementCode.trim().toUpperCase(),
    defaultLocale: values.defaultLocale,
    branding: {
      primaryColor: optional(values.primaryColor),
      accentColor: optional(values.accentColor),
      logoUrl: optional(values.logoUrl),
      tagline: text(values.taglineFr, values.taglineEn),
      portalIntro: text(values.introFr, values.introEn),
    },
    modules: values.modules,
  };
}

/** "Département de la Meuse" → "meuse": a suggestion for the address. */
export function slugFrom(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .replace(/^departement-(de-la|de-l|des|du|de|d)-/, '')
    .slice(0, 40)
    .replace(/-$/, '');
}

/** WCAG contrast ratio of a #rrggbb colour against white text. */
export function contrastWithWhite(hex: string): number | null {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return null;
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}
