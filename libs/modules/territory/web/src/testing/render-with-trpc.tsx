import type { ReactElement } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createI18n, platformResources } from '@ancrage/i18n';
import { territoryModule } from '@ancrage/territory-domain';
import { TenantProvider, TRPCProvider, type AppRouter, type CurrentTenant } from '@ancrage/ui';

export type Handlers = Record<string, (input: unknown) => unknown>;

/** A tRPC link answering from handlers, recording each call (path and input). */
function fakeLink(handlers: Handlers, calls: { path: string; input: unknown }[]): TRPCLink<AppRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        calls.push({ path: op.path, input: op.input });
        Promise.resolve()
          .then(() => {
            const handler = handlers[op.path];
            if (!handler) throw new Error(`No fake for ${op.path}`);
            return handler(op.input);
          })
          .then(
            (data) => {
              observer.next({ result: { type: 'data', data } });
              observer.complete();
            },
            (error: unknown) => observer.error(TRPCClientError.from(error instanceof Error ? error : new Error(String(error)))),
          );
        return () => undefined;
      });
}

/** A fictitious tenant, as platform.tenant.current answers it. */
export const meuse: CurrentTenant = {
  slug: 'meuse',
  name: 'Département de la Meuse',
  departementCode: '55',
  regionCode: '44',
  defaultLocale: 'fr',
  branding: {},
  enabledModules: ['platform', 'territory'],
  nav: [],
};

/** Renders a module page with Mantine, French translations (platform + territory), the tenant and a fake API. */
export function renderWithTrpc(ui: ReactElement, handlers: Handlers) {
  const calls: { path: string; input: unknown }[] = [];
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const trpcClient = createTRPCClient<AppRouter>({ links: [fakeLink(handlers, calls)] });
  const i18n = createI18n({ namespaces: { ...platformResources, territory: territoryModule.locales } });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <TenantProvider tenant={meuse}>
              <MemoryRouter>{ui}</MemoryRouter>
            </TenantProvider>
          </TRPCProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...view, calls };
}
