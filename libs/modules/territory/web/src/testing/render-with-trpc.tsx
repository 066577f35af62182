import type { ReactElement } from 'react';
import { territoryModule } from '@ancrage/territory-domain';
import { renderModulePage, type FakeAnswers } from '@ancrage/ui/testing';

/** Renders a territory page with a fake API answering from `answers`. */
export function renderWithTrpc(ui: ReactElement, answers: FakeAnswers) {
  return renderModulePage(ui, answers, { module: territoryModule });
}
