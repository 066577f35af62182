import { z } from 'zod';
import { SUPPORTED_LOCALES } from '@ancrage/i18n';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'common:platform.newTenant.colorFormat');
const localized = z.object({ fr: z.string().max(2000).optional(), en: z.string().max(2000).optional() });

export const brandingSchema = z.object({
  primaryColor: color.optional(),
  accentColor: color.optional(),
  logoUrl: z.string().max(2000).optional(),
  tagline: localized.optional(),
  portalIntro: localized.optional(),
});
export type Branding = z.infer<typeof brandingSchema>;

export const tenantSlug = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'common:platform.newTenant.slugFormat');

export const departementCode = z.string().regex(/^(\d{2}|2A|2B|\d{3})$/, 'common:platform.newTenant.codeFormat');

/**
 * A tenant described declaratively: the demo seed loads one file per
 * département, and the platform admin's form produces the same shape.
 */
export const tenantFileSchema = z.object({
  slug: tenantSlug,
  name: z.string().trim().min(2).max(120),
  departementCode,
  defaultLocale: z.enum(SUPPORTED_LOCALES).default('fr'),
  branding: brandingSchema.default({}),
  hosts: z.array(z.string().min(3).max(253)).default([]),
  /** Modules to enable, with their settings; absent modules stay disabled. */
  modules: z.record(z.string(), z.object({ enabled: z.boolean().default(true), settings: z.record(z.string(), z.unknown()).default({}) })).default({}),
  /** Demo accounts created by the demo seed only (fictitious people). */
  demoUsers: z
    .array(z.object({ email: z.email(), displayName: z.string(), role: z.enum(['admin', 'officer', 'partner', 'viewer']) }))
    .default([]),
});

export type TenantFile = z.infer<typeof tenantFileSchema>;
export type TenantFileInput = z.input<typeof tenantFileSchema>;

/** What the platform admin's form sends: the modules to enable by id. */
export const createTenantInput = tenantFileSchema.omit({ demoUsers: true, hosts: true }).extend({ modules: z.array(z.string()).max(50).default([]) });
