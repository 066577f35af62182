import type { ReactElement } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { TRPCClientError, createTRPCClient, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, platformResources } from '@ancrage/i18n';
import { centreGovernanceModule } from '@ancrage/centre-governance-domain';
import { TRPCProvider, type AppRouter } from '@ancrage/ui';

export type FakeAnswers = Record<string, (input: unknown) => unknown>;

/**
 * Renders a page of this module with the real tRPC hooks, answered by `answers`
 * (procedure path → result) instead of the API; `calls` records every request.
 */
export function renderPage(page: ReactElement, answers: FakeAnswers) {
  const calls: { path: string; input: unknown }[] = [];
  const fakeApi: TRPCLink<AppRouter> = () => ({ op }) =>
    observable((observer) => {
      calls.push({ path: op.path, input: op.input });
      const answer = answers[op.path];
      if (answer) {
        observer.next({ result: { type: 'data', data: answer(op.input) } });
        observer.complete();
      } else {
        observer.error(TRPCClientError.from(new Error(`No fake answer for ${op.path}`)));
      }
    });
  const trpcClient = createTRPCClient<AppRouter>({ links: [fakeApi] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const i18n = createI18n({ locale: 'fr', namespaces: { ...platformResources, [centreGovernanceModule.id]: centreGovernanceModule.locales } });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            {page}
          </TRPCProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...view, calls };
}
