import type { ReactElement } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createI18n, platformResources } from '@ancrage/i18n';
import { eventsModule } from '@ancrage/events-domain';
import { TenantProvider, TRPCProvider, type AppRouter, type CurrentTenant } from '@ancrage/ui';


export type Handlers = Record<string, (input: unknown) => unknown>;
export interface Call {
  path: string;
  input: unknown;
}

/** A tRPC link answering from handlers (a thrown error becomes the API's refusal), recording each call. */
function fakeLink(handlers: Handlers, calls: Call[]): TRPCLink<AppRouter> {
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
            (error: unknown) => observer.error(error instanceof TRPCClientError ? error : TRPCClientError.from(error instanceof Error ? error : new Error(String(error)))),
          );
        return () => undefined;
      });
}

/** What the API answers when it refuses: a translated message, field errors (as the error formatter shapes them). */
export function apiRefusal(message: string, code = 'BAD_REQUEST', fieldErrors: Record<string, string[]> | null = null) {
  return new TRPCClientError(message, { result: { error: { message, code: -32600, data: { code, httpStatus: 400, fieldErrors } } } as never });
}

/** A fictitious tenant, as platform.tenant.current answers it. */
export const meuse: CurrentTenant = {
  slug: 'meuse',
  name: 'Département de la Meuse',
  departementCode: '55',
  regionCode: '44',
  defaultLocale: 'fr',
  branding: {},
  enabledModules: ['platform', 'events'],
  nav: [],
};

/**
 * Renders a page of this module at `url` (matched against `path` for its
 * params) with Mantine, French translations, the tenant and a fake API.
 */
export function renderPage(page: ReactElement, handlers: Handlers, options: { path?: string; url?: string } = {}) {
  const calls: Call[] = [];
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const trpcClient = createTRPCClient<AppRouter>({ links: [fakeLink(handlers, calls)] });
  const i18n = createI18n({ namespaces: { ...platformResources, [eventsModule.id]: eventsModule.locales } });
  const path = options.path ?? '/';
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <TenantProvider tenant={meuse}>
              <MemoryRouter initialEntries={[options.url ?? path]}>
                <Routes>
                  <Route path={path} element={page} />
                  <Route path="*" element={<p>Autre page</p>} />
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
