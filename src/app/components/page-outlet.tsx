/**
 * @module
 * Where a route's child page renders: inside its own error boundary, with a loading state
 * while a page downloaded on demand arrives (lib/lazy-component.tsx), so the frame around it
 * (header, section navigation) stays put.
 */
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { RouteErrorBoundary } from './error-view.tsx';
import { Spinner } from './ui.tsx';
import { useT } from '../i18n/i18n.ts';

export function PageOutlet() {
  const t = useT();
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<Spinner label={t('common.loadingPage')} />}>
        <Outlet />
      </Suspense>
    </RouteErrorBoundary>
  );
}
