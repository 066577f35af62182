import { createI18n, DEFAULT_LOCALE, platformResources, type NamespaceResources } from '@ancrage/i18n';
import { webModules } from '../modules';
import { readLocaleCookie } from './locale-cookie';

/** Platform namespaces plus one per module (its manifest's locales). */
export const webNamespaces: Record<string, NamespaceResources> = {
  ...platformResources,
  ...Object.fromEntries(Object.values(webModules).map((module) => [module.manifest.id, module.manifest.locales as NamespaceResources])),
};

/** The app's i18next instance: the language chosen earlier (cookie), French otherwise. */
export const i18n = createI18n({ locale: readLocaleCookie() ?? DEFAULT_LOCALE, namespaces: webNamespaces });

