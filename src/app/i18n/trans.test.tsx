// @vitest-environment jsdom
/**
 * Regression: a message with a tag (`<code>…</code>`) rendered with React's "Each child in a
 * list should have a unique key" warning, because the re-keyed parts were still flagged.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Trans } from './trans.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Trans', () => {
  it('renders tags inside a sentence without a key warning', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(<p><Trans k="publish.summary.signedBy" values={{ key: '…abc' }} /></p>);
    expect(container.innerHTML).toBe('<p>Signed by key <code>…abc</code></p>');
    expect(error.mock.calls.filter((c) => String(c[0]).includes('unique "key"'))).toEqual([]);
  });
});
