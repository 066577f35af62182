import type { ReactElement } from 'react';
import { demographyModule } from '@ancrage/demography-domain';
import { renderModulePage, testTenant, type FakeAnswers } from '@ancrage/ui/testing';

export { apiRefusal, plain, type FakeAnswers } from '@ancrage/ui/testing';

/**
 * Renders a page of this module at `url` (matched against `path`, e.g.
 * `/t/:tenant/admin/demography/communes/:code`) with a fake API.
 */
export function renderPage(page: ReactElement, answers: FakeAnswers, { path = '/t/:tenant/*', url = '/t/meuse/admin/demography' }: { path?: string; url?: string } = {}) {
  return renderModulePage(page, answers, { module: demographyModule, path, url, tenant: testTenant(['territory', 'demography']) });
}
