// @vitest-environment jsdom
/**
 * Regression (issue 11, item 7): the bucket save and unlock mutations kept the access key,
 * secret and passphrase in the mutation cache for the default five minutes. After saving and
 * unlocking (right or wrong passphrase) the cache holds none of them.
 */
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { currentBucket, forgetBucket, loadBucket, lockBucket, saveBucket, useBucketSession, type StoredBucket } from '../../lib/publishing/bucket-settings.ts';
import { useStoredBucket } from '../../lib/publishing/stored-bucket.ts';
import { BucketPanel } from './bucket-panel.tsx';

const ACCESS = 'AKIDEXAMPLE0001';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const PASSPHRASE = 'a long bucket passphrase';
const WRONG = 'not the bucket passphrase';

afterEach(async () => {
  cleanup();
  await forgetBucket();
});

/** Every string reachable from `v` (objects, arrays, FormData). */
function stringsIn(v: unknown, seen = new Set<unknown>()): string[] {
  if (typeof v === 'string') return [v];
  if (typeof v !== 'object' || v === null || seen.has(v)) return [];
  seen.add(v);
  const values = v instanceof FormData ? [...v.values()] : Object.values(v);
  return values.flatMap((x) => stringsIn(x, seen));
}

/** The cached mutation strings that contain any of `secrets`. */
const secretsCached = (qc: QueryClient, ...secrets: string[]) =>
  qc
    .getMutationCache()
    .getAll()
    .flatMap((m) => stringsIn(m.state))
    .filter((s) => secrets.some((x) => s.includes(x)));

function renderPanel(stored: StoredBucket | null) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={qc}>
      <BucketPanel stored={stored} session={null} />
    </QueryClientProvider>,
  );
  return qc;
}

/** The panel reading the stored bucket and session as the pages do. */
function LivePanel({ inline }: { inline: boolean }) {
  return <BucketPanel inline={inline} stored={useStoredBucket()} session={useBucketSession()} />;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Types a complete set of bucket settings into the form. */
function fillSettings() {
    type('Endpoint', 'http://127.0.0.1:4568');
    type('Bucket', 'packages');
    type('Public base URL', 'http://127.0.0.1:4568/packages');
    type('Access key ID', ACCESS);
    type('Secret access key', SECRET);
    type('Passphrase to encrypt the keys', PASSPHRASE);
}

describe('bucket panel secrets', () => {
  it('saving leaves no access key, secret or passphrase in the mutation cache', async () => {
    const qc = renderPanel(null);
    fillSettings();
    fireEvent.submit(screen.getByRole('form', { name: 'Bucket settings' }));
    await waitFor(() => expect(qc.getMutationCache().getAll()[0]?.state.status).toBe('success'), { timeout: 20_000 });
    expect(currentBucket()?.credentials).toEqual({ accessKeyId: ACCESS, secretAccessKey: SECRET });
    expect(secretsCached(qc, ACCESS, SECRET, PASSPHRASE)).toEqual([]);
  });

  it('unlocking, wrong then right, leaves no passphrase in the mutation cache or the field', async () => {
    const stored = await saveBucket(
      { endpoint: 'http://127.0.0.1:4568', region: 'us-east-1', bucket: 'packages', pathStyle: true, publicBaseUrl: 'http://127.0.0.1:4568/packages', keyTemplate: '{id}/{filename}' },
      { accessKeyId: ACCESS, secretAccessKey: SECRET },
      PASSPHRASE,
    );
    lockBucket();
    const qc = renderPanel(stored);
    const field = screen.getByLabelText<HTMLInputElement>('Bucket passphrase');
    type('Bucket passphrase', WRONG);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock bucket' }));
    await screen.findByText('Wrong passphrase, or the stored keys are damaged.', undefined, { timeout: 20_000 });
    expect(field.value).toBe('');
    expect(secretsCached(qc, WRONG)).toEqual([]);
    type('Bucket passphrase', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock bucket' }));
    await waitFor(() => expect(currentBucket()).not.toBeNull(), { timeout: 20_000 });
    expect(secretsCached(qc, PASSPHRASE)).toEqual([]);
  });
});

describe('bucket panel settings', () => {
  it('saves the parts uploaded at once and refuses a value out of range', async () => {
    renderPanel(null);
    expect(screen.getByLabelText<HTMLInputElement>('Parts uploaded at once').value).toBe('4');
    fillSettings();
    type('Parts uploaded at once', '40');
    fireEvent.submit(screen.getByRole('form', { name: 'Bucket settings' }));
    expect(await screen.findByText('Enter a whole number from 1 to 16.')).toBeTruthy();
    type('Parts uploaded at once', '8');
    fireEvent.submit(screen.getByRole('form', { name: 'Bucket settings' }));
    await waitFor(() => expect(currentBucket()?.target.partConcurrency).toBe(8), { timeout: 20_000 });
    expect((await loadBucket())?.target.partConcurrency).toBe(8);
  });
});

describe('bucket panel once saved', () => {
  const renderLive = (inline: boolean) =>
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
        <LivePanel inline={inline} />
      </QueryClientProvider>,
    );
  const line = () => screen.queryByText((_, el) => el?.tagName === 'P' && /^Bucket: packages at http:\/\/127\.0\.0\.1:4568 · /.test(el.textContent ?? ''));

  it('folds into one line that takes the focus; Change opens the form, Escape gives the focus back', async () => {
    renderLive(false);
    fillSettings();
    fireEvent.submit(await screen.findByRole('form', { name: 'Bucket settings' }));
    await waitFor(() => expect(line()?.textContent).toBe('Bucket: packages at http://127.0.0.1:4568 · Unlocked for this session.'), { timeout: 20_000 });
    expect(screen.queryByRole('form', { name: 'Bucket settings' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(line()));

    const change = screen.getByRole('button', { name: 'Change the upload bucket' });
    expect(change.textContent).toBe('Change');
    fireEvent.click(change);
    const form = screen.getByRole('form', { name: 'Bucket settings' });
    expect(screen.getByLabelText<HTMLInputElement>('Bucket').value).toBe('packages');
    expect(document.activeElement?.textContent).toBe('Bucket settings');
    fireEvent.keyDown(form, { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Bucket settings' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change the upload bucket' })));
  });

  it('shows Lock as a bordered button like Change, on the publish page and inline', async () => {
    for (const inline of [false, true]) {
      renderLive(inline);
      if (inline) fireEvent.click(await screen.findByRole('button', { name: 'Set up the upload bucket' }));
      fillSettings();
      fireEvent.submit(await screen.findByRole('form', { name: 'Bucket settings' }));
      const lock = await screen.findByRole('button', { name: 'Lock' }, { timeout: 20_000 });
      const change = screen.getByRole('button', { name: 'Change the upload bucket' });
      expect(lock.className).toBe(change.className);
      expect(lock.className).toMatch(/(^| )border( |$)/);
      cleanup();
      await forgetBucket();
    }
  });

  it('inline (the OS releases page): only a button until a bucket is saved, then the line', async () => {
    renderLive(true);
    const setUp = await screen.findByRole('button', { name: 'Set up the upload bucket' });
    expect(screen.queryByRole('form', { name: 'Bucket settings' })).toBeNull();
    fireEvent.click(setUp);
    fillSettings();
    fireEvent.submit(screen.getByRole('form', { name: 'Bucket settings' }));
    await waitFor(() => expect(document.activeElement).toBe(line()), { timeout: 20_000 });
    expect(screen.queryByRole('form', { name: 'Bucket settings' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Set up the upload bucket' })).toBeNull();
  });
});
