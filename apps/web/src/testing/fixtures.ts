import { territoryModule } from '@ancrage/territory-domain';

/** Fictitious tenant as platform.tenant.current answers it. */
export const meuse = {
  slug: 'meuse',
  name: 'Département de la Meuse',
  departementCode: '55',
  regionCode: '44',
  defaultLocale: 'fr' as const,
  branding: {
    primaryColor: '#1d4f91',
    accentColor: '#0f6b4f',
    tagline: { fr: 'Venez exercer en Meuse.', en: 'Come and practise in the Meuse.' },
    portalIntro: { fr: 'Aides, événements et installation.', en: 'Grants, events and settling.' },
  },
  enabledModules: ['platform', 'territory'],
  nav: territoryModule.nav.filter((entry) => entry.area === 'portal').map((entry) => ({ ...entry, moduleId: 'territory' })),
};

export const adminNav = [
  ...territoryModule.nav.filter((entry) => entry.area === 'admin').map((entry) => ({ ...entry, moduleId: 'territory' })),
  { key: 'modules', labelKey: 'nav.modules', path: 'modules', area: 'admin' as const, permission: 'modules.manage', position: 900, moduleId: 'platform' },
];

export const camille = {
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'admin@meuse.demo.ancrage.fr',
  displayName: 'Camille Administratrice (fictive)',
  isPlatformAdmin: false,
  role: 'admin' as const,
  permissions: ['platform:modules.manage', 'territory:perimeter.manage', 'territory:territory.read'],
};

export const territorySettingsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    showCommunesOnPortal: { default: true, type: 'boolean' },
    defaultPageSize: { default: 25, type: 'integer', minimum: 10, maximum: 100 },
  },
};
