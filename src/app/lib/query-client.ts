/**
 * @module
 * The app's QueryClient. Registry reads stay fresh for 30 s; failures of auth-free reads are
 * retried once; typed errors everywhere (`Register`).
 */
import { QueryClient } from '@tanstack/react-query';
import type { CoreError } from '../../core/errors.ts';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: CoreError | Error;
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
