/**
 * @module
 * Providers: TanStack Query (errors typed as CoreError), the hash router over the route tree
 * (router.tsx) and the address's query string that answers at once (lib/use-address-params.tsx).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { HashRouter, useRoutes } from 'react-router';
import { queryClient } from './lib/query-client.ts';
import { AddressParamsProvider } from './lib/use-address-params.tsx';
import { routes } from './router.tsx';

function AppRoutes() {
  return useRoutes(routes);
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <AddressParamsProvider>
          <AppRoutes />
        </AddressParamsProvider>
      </HashRouter>
    </QueryClientProvider>
  );
}
