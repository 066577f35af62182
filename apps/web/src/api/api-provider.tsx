import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { TRPCProvider } from '@ancrage/ui';
import { apiClientsFor } from './api-clients';

/** tRPC and TanStack Query for the page's tenant (or for the pages outside any tenant). */
export function ApiProvider({ tenant, children }: { tenant: string | null; children: ReactNode }) {
  const { queryClient, trpcClient } = apiClientsFor(tenant);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
