import type { ReactElement } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { TRPCClientError, createTRPCClient, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createI18n, platformResources, type Locale, type NamespaceResources } from '@ancrage/i18n';
import { TRPCProvider, type AppRouter } from '../api/trpc';
import { TenantProvider, type CurrentTenant } from '../app-context/tenant.context';

/** Procedure path → its answer (a thrown error becomes the API's refusal). */
export type FakeAnswers = Record<string, (input: unknown) => unknown>;

export interface FakeCall {
  path: string;
  input: unknown;
}

/** A refusal as the API sends it: translated message, tRPC code, field errors. */
export function apiRefusal(message: string, code = 'BAD_REQUEST', fieldErrors: Record<string, string[]> | null = null) {
  return new TRPCClientError(message, { result: { error: { message, code: -32600, data: { code, httpStatus: 400, fieldErrors } } } as never });
}

/** A tRPC link answering from `answers` instead of the API, recording each call. */
function fakeApi(answers: FakeAnswers, calls: FakeCall[]): TRPCLink<AppRouter> {
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
            (error: unknown) => observer.error(error instanceof TRPCClientError ? error : TRPCClientError.from(error instanceof Error ? error : new Error(String(error)))),
          );
        return () => undefined;
      });
}

/** A fictitious tenant, as platform.tenant.current answers it. */
export function testTenant(enabledModules: string[]): CurrentTenant {
  return { slug: 'meuse', name: 'Département de la Meuse', departementCode: '55', regionCode: '44', defaultLocale: 'fr', branding: {}, enabledModules: ['platform', ...enabledModules], nav: [] };
}

export interface ModulePageOptions {
  /** The module whose translations the page needs: its id and locales. */
  module: { id: string; locales: NamespaceResources };
  /** Route pattern the page is mounted on (for its params), and the URL opened. */
  path?: string;
  url?: string;
  tenant?: CurrentTenant;
  locale?: Locale;
}

/**
 * Renders a module page with the real tRPC hooks answered by `answers`, Mantine
 * in test mode, the module's and platform's translations, a tenant and a
 * router; `calls` records every request the page made.
 */
export function renderModulePage(page: ReactElement, answers: FakeAnswers, options: ModulePageOptions) {
  const calls: FakeCall[] = [];
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const trpcClient = createTRPCClient<AppRouter>({ links: [fakeApi(answers, calls)] });
  const i18n = createI18n({ locale: options.locale ?? 'fr', namespaces: { ...platformResources, [options.module.id]: options.module.locales } });
  const path = options.path ?? '/';
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <TenantProvider tenant={options.tenant ?? testTenant([options.module.id])}>
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

/** Text without the narrow and no-break spaces French formatting puts in numbers and times. */
export const plain = (text: string | null | undefined) => text?.replace(/[\u202f\u00a0\u2009]/g, ' ');
