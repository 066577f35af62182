import type { ReactElement } from 'react';
import { eventsModule } from '@ancrage/events-domain';
import { renderModulePage, type FakeAnswers } from '@ancrage/ui/testing';

export { apiRefusal } from '@ancrage/ui/testing';

/** Renders a page of this module at `url` (matched against `path` for its params) with a fake API. */
export function renderPage(page: ReactElement, answers: FakeAnswers, options: { path?: string; url?: string } = {}) {
  return renderModulePage(page, answers, { module: eventsModule, ...options });
}

/** The signed-in user of the back-office, holding `permissions`. */
export const officer = (permissions: string[]) => ({
  userId: '00000000-0000-4000-8000-000000000002',
  email: 'charge@meuse.demo.ancrage.fr',
  displayName: 'Dominique (fictif)',
  isPlatformAdmin: false,
  role: 'officer',
  permissions,
});

/** Text without the narrow spaces French formatting puts in numbers and times. */
export const plain = (text: string | null | undefined) => text?.replace(/[\u202f\u00a0\u2009]/g, ' ');
