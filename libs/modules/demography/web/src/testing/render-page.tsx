import type { ReactElement } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { TRPCClientError, createTRPCClient, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createI18n, platformResources } from '@ancrage/i18n';
import { demographyModule } from '@ancrage/demography-domain';
import { TenantProvider, TRPCProvider, type AppRouter, type CurrentTenant } from '@ancrage/ui';

export type FakeAnswers = Record<string, (input: unknown) => unknown>;

/** A refusal as the API sends it: translated message, tRPC code. */
export class FakeApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** A fictitious tenant, as platform.tenant.current answers it. */
export const meuse: CurrentTenant = {
  slug: 'meuse',
  name: 'Département de la Meuse',
  departementCode: '55',
  regionCode: '44',
  defaultLocale: 'fr',
  branding: {},
  enabledModules: ['platform', 'territory', 'demography'],
  nav: [],
};

function fakeLink(answers: FakeAnswers, calls: { path: string; input: unknown }[]): TRPCLink<AppRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        calls.push({ path: op.path, input: op.input });
        Promise.resolve()
          .then(() => {
            const answer = answers[op.path];
            if (!answer) throw new Error(`No fake answer for ${op.path}`);
            return answer(op.input);
          })
          .then(
            (data) => {
              observer.next({ result: { type: 'data', data } });
              observer.complete();
            },
            (error: unknown) => {
              const code = error instanceof FakeApiError ? error.code : 'INTERNAL_SERVER_ERROR';
              const message = error instanceof Error ? error.message : String(error);
              observer.error(TRPCClientError.from({ error: { message, code: -32600, data: { code, fieldErrors: null } } }));
            },
          );
        return () => undefined;
      });
}

interface RenderOptions {
  /** The route pattern the page is mounted at, e.g. `/t/:tenant/admin/demography/communes/:code`. */
  path?: string;
  /** The address opened, e.g. `/t/meuse/admin/demography/communes/55545`. */
  url?: string;
}

/**
 * Renders a page of this module with Mantine, French translations, the tenant, a
 * router and the real tRPC hooks answered by `answers` (procedure path → result);
 * `calls` records every request.
 */
export function renderPage(page: ReactElement, answers: FakeAnswers, { path = '/t/:tenant/*', url = '/t/meuse/admin/demography' }: RenderOptions = {}) {
  const calls: { path: string; input: unknown }[] = [];
  const trpcClient = createTRPCClient<AppRouter>({ links: [fakeLink(answers, calls)] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const i18n = createI18n({ locale: 'fr', namespaces: { ...platformResources, [demographyModule.id]: demographyModule.locales } });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <TenantProvider tenant={meuse}>
              <MemoryRouter initialEntries={[url]}>
                <Routes>
                  <Route path={path} element={page} />
                </Routes>
              </MemoryRouter>
            </TenantProvider>
          </TRPCProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...view, calls };
}

/** Intl writes French thousands with narrow no-break spaces: plain spaces read better in assertions. */
export const plain = (text: string | null | undefined) => text?.replace(/[\u202f\u00a0]/g, ' ');
