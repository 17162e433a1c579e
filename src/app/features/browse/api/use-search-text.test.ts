// @vitest-environment jsdom
/**
 * Tests for use-search-text.ts: the box keeps keys typed while the URL lags behind (issue 12:
 * in Chromium, a box bound to `?q=` alone lost keys on a 1000-package index), skips the echoes
 * of its own writes and takes any other URL change.
 */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSearchText } from './use-search-text.ts';

function setup(initial: string) {
  const written: string[] = [];
  const hook = renderHook(({ url }) => useSearchText(url, (t) => written.push(t)), {
    initialProps: { url: initial },
  });
  const type = (t: string) => act(() => hook.result.current[1](t));
  const urlBecomes = (url: string) => hook.rerender({ url });
  return { hook, written, type, urlBecomes, text: () => hook.result.current[0] };
}

describe('useSearchText', () => {
  it('starts from the URL and writes every change through', () => {
    const s = setup('bit');
    expect(s.text()).toBe('bit');
    s.type('bitc');
    expect(s.text()).toBe('bitc');
    expect(s.written).toEqual(['bitc']);
  });

  it('keeps later keys while the URL catches up with earlier ones', () => {
    const s = setup('');
    s.type('s');
    s.type('sv');
    s.type('svc');
    s.urlBecomes('s');
    expect(s.text()).toBe('svc');
    s.urlBecomes('sv');
    expect(s.text()).toBe('svc');
    s.urlBecomes('svc');
    expect(s.text()).toBe('svc');
  });

  it('takes a URL change that is not its own (clear filters, back button)', () => {
    const s = setup('');
    s.type('a');
    s.urlBecomes('a');
    s.urlBecomes('');
    expect(s.text()).toBe('');
    s.urlBecomes('from a link');
    expect(s.text()).toBe('from a link');
  });
});
