/**
 * @module
 * Shows any error as a human message plus the registry's own details; and a per-route error
 * boundary so one broken screen never blanks the console.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ChunkLoadError } from '../lib/chunk-load-error.ts';
import { describeError, type DescribedError } from '../lib/error-messages.ts';
import { Button } from './ui.tsx';
import { useT, type Translate } from '../i18n/i18n.ts';

/** Describes an error for one action (a feature's precise messages by registry code). */
export type DescribeError = (error: unknown, t: Translate) => DescribedError;

/**
 * A part downloaded on demand that failed to load stays failed until the page reloads (the
 * browser does not retry a failed module import), so its error offers a reload, not a retry.
 * `describe` replaces the console-wide description (a write's own messages by code).
 */
export function ErrorView({ error, onRetry, describe = describeError }: { error: unknown; onRetry?: () => void; describe?: DescribeError }) {
  const t = useT();
  const d = describe(error, t);
  const reload = error instanceof ChunkLoadError;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-medium">{d.title}</p>
      {d.details && <p className="mt-1 break-words font-mono text-xs opacity-90">{d.details}</p>}
      <p className="mt-1 text-xs opacity-75">{t('error.code', { code: d.code })}</p>
      {reload ? (
        <Button className="mt-2" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </Button>
      ) : (
        onRetry && (
          <Button className="mt-2" onClick={onRetry}>
            {t('error.tryAgain')}
          </Button>
        )
      )}
    </div>
  );
}

export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('route crashed', error, info.componentStack);
  }
  override render() {
    if (this.state.error !== null) {
      return <ErrorView error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
