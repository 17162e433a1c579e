// @vitest-environment jsdom
/**
 * RegistryContent: registry Markdown/HTML is shown sanitized, inside a box that contains its
 * painting (`contain: paint`, clipped overflow), so hostile notes cannot cover the page.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RegistryContent } from './registry-content.tsx';

// The sanitizer is downloaded on demand: transform it once, before the tests' waiting times.
beforeAll(() => import('./sanitized-content.tsx'), 60_000);
afterEach(cleanup);

const OVERLAY =
  '<div class="fixed top-0 left-0 z-50 min-h-screen w-full bg-white" style="position:fixed"><h1>Session expired</h1><a href="https://evil.example/">Re-import your key</a></div>';

describe('RegistryContent', () => {
  it.each(['markdown', 'html'] as const)('contains %s and strips its classes and styles', async (format) => {
    const { container } = render(<RegistryContent source={OVERLAY} format={format} />);
    await screen.findByText('Session expired'); // the sanitizer is downloaded on first use
    const box = container.firstElementChild!;
    expect(box.className.split(' ')).toEqual(
      expect.arrayContaining(['contain-paint', 'overflow-hidden', 'relative', 'isolate']),
    );
    expect(box.querySelectorAll('[class], [style], [id]')).toHaveLength(0);
    expect(box.textContent).toContain('Session expired');
    expect(box.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
