/** Addresses of the portal's pages (relative paths are declared in the module's routes). */
export const portalPaths = {
  schemes: (tenant: string) => `/t/${tenant}/incentives`,
  scheme: (tenant: string, slug: string) => `/t/${tenant}/incentives/schemes/${encodeURIComponent(slug)}`,
  /** `query`: a situation described in the simulator, carried over ("status=interne&…"). */
  simulator: (tenant: string, query = '') => `/t/${tenant}/incentives/simulator${query ? `?${query}` : ''}`,
  apply: (tenant: string, slug: string, query = '') => `/t/${tenant}/incentives/apply/${encodeURIComponent(slug)}${query ? `?${query}` : ''}`,
  myApplications: (tenant: string) => `/t/${tenant}/incentives/my-applications`,
  myApplication: (tenant: string, id: string) => `/t/${tenant}/incentives/my-applications/${id}`,
  /** Sign-in page that comes back to `next` afterwards. */
  login: (tenant: string, next: string) => `/t/${tenant}/login?next=${encodeURIComponent(next)}`,
  signup: (tenant: string) => `/t/${tenant}/signup`,
};
