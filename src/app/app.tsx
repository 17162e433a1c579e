/**
 * @module
 * Providers: TanStack Query (errors typed as CoreError) and the hash router over the route tree
 * (router.tsx).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { HashRouter, useRoutes } from 'react-router';
import { queryClient } from './lib/query-client.ts';
import { routes } from './router.tsx';

function AppRoutes() {
  return useRoutes(routes);
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </QueryClientProvider>
  );
}
