/** Back-office addresses of the perimeter pages (relative paths are declared in the module's routes). */
export const perimeterPaths = {
  list: (slug: string) => `/t/${slug}/admin/territory/perimeters`,
  create: (slug: string) => `/t/${slug}/admin/territory/perimeters/new`,
  edit: (slug: string, id: string) => `/t/${slug}/admin/territory/perimeters/${id}`,
};

export const MANAGE_PERIMETERS = 'territory:perimeter.manage';
