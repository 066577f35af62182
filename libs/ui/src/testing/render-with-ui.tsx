import type { ReactElement } from 'react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, platformResources, type Locale, type NamespaceResources } from '@ancrage/i18n';

/** Renders with Mantine (test mode: no transitions, no portals) and the platform's translations. */
export function renderWithUi(ui: ReactElement, options: { locale?: Locale; namespaces?: Record<string, NamespaceResources> } = {}) {
  const i18n = createI18n({ locale: options.locale ?? 'fr', namespaces: { ...platformResources, ...options.namespaces } });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">{ui}</MantineProvider>
    </I18nextProvider>,
  );
}
