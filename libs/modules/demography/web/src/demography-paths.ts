import { qualifyPermission } from '@ancrage/module-sdk';
import { demographyModule } from '@ancrage/demography-domain';

/** Back-office addresses of the module's pages (relative paths are declared in the module's routes). */
export const demographyPaths = {
  overview: (slug: string) => `/t/${slug}/admin/demography`,
  imports: (slug: string) => `/t/${slug}/admin/demography/imports`,
  commune: (slug: string, code: string) => `/t/${slug}/admin/demography/communes/${code}`,
};

export const IMPORT_PERMISSION = qualifyPermission(demographyModule.id, 'demography.import');
export const CONFIGURE_PERMISSION = qualifyPermission(demographyModule.id, 'demography.configure');
