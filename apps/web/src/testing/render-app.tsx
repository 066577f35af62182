import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
// react-router/dom would load a second copy of react-router under Vitest (CJS/ESM): use the main entry.
import { createMemoryRouter, RouterProvider } from 'react-router';
import { i18n } from '../i18n/web-i18n';
import { routes } from '../router/routes';

/** The whole app (real routes, providers and tRPC client) at a given address. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { ...view, router };
}
