import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import superjson from 'superjson';
import { shouldRetry, type AppRouter } from '@ancrage/ui';
import { i18n } from '../i18n/web-i18n';

export interface ApiClients {
  queryClient: QueryClient;
  trpcClient: TRPCClient<AppRouter>;
}

export const TENANT_HEADER = 'x-tenant';
export const CSRF_HEADER = 'x-ancrage-csrf';

/** Headers of every API request: the tenant of the page, the CSRF guard, the page's language. */
export function apiHeaders(tenant: string | null, language: string): Record<string, string> {
  return { ...(tenant ? { [TENANT_HEADER]: tenant } : {}), [CSRF_HEADER]: '1', 'accept-language': language };
}

function createClients(tenant: string | null): ApiClients {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  const trpcClient = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        transformer: superjson,
        headers: () => apiHeaders(tenant, i18n.language),
        fetch: (url, options) => fetch(url, { ...options, credentials: 'same-origin' }),
      }),
    ],
  });
  return { queryClient, trpcClient };
}

// One cache per tenant: the same procedure answers differently for Meuse and Landes.
const clients = new Map<string, ApiClients>();

export function apiClientsFor(tenant: string | null): ApiClients {
  const key = tenant ?? '';
  let found = clients.get(key);
  if (!found) {
    found = createClients(tenant);
    clients.set(key, found);
  }
  return found;
}

/** After a language switch: every answer may contain translated text. */
export async function invalidateAllQueries() {
  await Promise.all([...clients.values()].map(({ queryClient }) => queryClient.invalidateQueries()));
}

/** After signing in or out: the session is shared by all tenants, nothing cached survives. */
export async function resetAllQueries() {
  await Promise.all([...clients.values()].map(({ queryClient }) => queryClient.resetQueries()));
}

/** Forgets every client (tests start from an empty cache). */
export function clearApiClients() {
  for (const { queryClient } of clients.values()) queryClient.clear();
  clients.clear();
}
