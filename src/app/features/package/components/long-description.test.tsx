// @vitest-environment jsdom
/**
 * LongDescription: markup (as in upstream's marketplace fixtures) is rendered as sanitized
 * HTML, not shown as raw tags; plain text keeps its line breaks.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LongDescription } from './long-description.tsx';

// The sanitizer is downloaded on demand: transform it once, before the tests' waiting times.
beforeAll(() => import('../../../components/sanitized-content.tsx'), 60_000);
afterEach(cleanup);

describe('LongDescription', () => {
  it('renders upstream fixture HTML as elements, sanitized', async () => {
    const { container } = render(
      <LongDescription text='Lorem ipsum, <p>consectetur adipiscing elit</p>, sed do <i>tempor</i> <img src="http://10.0.0.1/t.gif" onerror="x()">' />,
    );
    expect((await screen.findByText('tempor')).tagName).toBe('I'); // the sanitizer arrives on demand
    expect(container.textContent).not.toContain('<p>');
    expect(screen.getByText('consectetur adipiscing elit').tagName).toBe('P');
    expect(container.querySelector('img')?.getAttributeNames()).toEqual([]);
  });

  it('shows plain text as text, line breaks kept', () => {
    const { container } = render(<LongDescription text={'First line\nSecond: 1 < 2'} />);
    const p = container.querySelector('p')!;
    expect(p.textContent).toBe('First line\nSecond: 1 < 2');
    expect(p.className).toContain('whitespace-pre-line');
  });

  it('says when there is none', () => {
    render(<LongDescription text="" />);
    expect(screen.getByText('No description.')).toBeTruthy();
  });
});
