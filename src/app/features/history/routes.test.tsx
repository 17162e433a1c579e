// @vitest-environment jsdom
/**
 * The history page lists what was recorded, newest first, with the outcome, and says when
 * nothing is recorded yet.
 */
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { historyKey, withSignature, type HistoryEntry } from '../../../core/history/history-line.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../../../core/sign/keys.ts';
import { TEST_ONLY_SEED } from '../../../core/testing/fixtures.ts';
import { appendHistoryLine, clearHistory } from '../../lib/history/history-store.ts';
import { HistoryPage } from './routes.tsx';

afterEach(async () => {
  cleanup();
  await clearHistory();
});

function show() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <HistoryPage />
    </QueryClientProvider>,
  );
}

const entry = (at: string, version: string, outcome: HistoryEntry['outcome']): HistoryEntry => ({
  v: 1,
  at,
  action: 'publish',
  registry: 'http://127.0.0.1:5959/',
  key: historyKey(encodePublicKeyPem(publicKeyFromSeed(TEST_ONLY_SEED))),
  package: { id: 'hello', version },
  variants: [],
  outcome,
});

describe('HistoryPage', () => {
  it('says when nothing is recorded', async () => {
    show();
    expect(await screen.findByText(/Nothing recorded yet/)).toBeTruthy();
  });

  it('lists lines newest first with their outcome and offers the export', async () => {
    await appendHistoryLine(withSignature(entry('2026-12-05T10:00:00Z', '1.0.0:0', { status: 'ok' }), new Uint8Array(64)));
    await appendHistoryLine(withSignature(entry('2026-12-05T11:00:00Z', '1.1.0:0', { status: 'failed', code: 'RPC_REMOTE', message: 'Unauthorized' }), null));
    show();
    const table = await screen.findByRole('table', { name: 'Writes done in this browser, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(['hello@1.1.0:0', 'hello@1.0.0:0']);
    expect(rows[0]!.textContent).toContain('RPC_REMOTE: Unauthorized');
    expect(rows[0]!.textContent).toContain('not signed (the key was locked)');
    expect(screen.getByRole('button', { name: 'Export 2 lines (JSON Lines)' })).toBeTruthy();
  });
});
