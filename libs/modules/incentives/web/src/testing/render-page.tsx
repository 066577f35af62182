import type { ReactElement } from 'react';
import { incentivesModule } from '@ancrage/incentives-domain';
import { renderModulePage, type FakeAnswers } from '@ancrage/ui/testing';

export type { FakeAnswers } from '@ancrage/ui/testing';

/**
 * Renders a page of this module with the real tRPC hooks, answered by `answers`
 * (procedure path → result) instead of the API; `calls` records every request.
 */
export function renderPage(page: ReactElement, answers: FakeAnswers, options: { path?: string; url?: string } = {}) {
  return renderModulePage(page, answers, { module: incentivesModule, ...options });
}
