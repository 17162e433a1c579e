// @vitest-environment jsdom
/**
 * Regression (issue 11, item 4): a registry may list any number of dependencies for a
 * version; the package page renders at most DEPENDENCY_DISPLAY_LIMIT and counts the rest.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { DEPENDENCY_DISPLAY_LIMIT } from '../../../lib/bounded-list.ts';
import type { DependencyView } from '../lib/package-view.ts';
import { DependencyList } from './dependency-list.tsx';

afterEach(cleanup);

const deps = (n: number): DependencyView[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `dep-${i}`,
    title: `Dependency ${i}`,
    icon: null,
    description: null,
    optional: i % 2 === 0,
    inRegistry: i % 3 === 0,
  }));

const renderList = (n: number) =>
  render(
    <MemoryRouter>
      <DependencyList deps={deps(n)} hrefFor={(id) => `/p/${id}`} />
    </MemoryRouter>,
  );

describe('DependencyList', () => {
  it('renders at most DEPENDENCY_DISPLAY_LIMIT items and counts the rest', () => {
    renderList(100_000);
    expect(screen.getAllByRole('listitem')).toHaveLength(DEPENDENCY_DISPLAY_LIMIT);
    expect(
      // The count is written the locale way (Intl grouping), as every number on screen.
      screen.getByText(`and ${(100_000 - DEPENDENCY_DISPLAY_LIMIT).toLocaleString('en-US')} more dependencies`),
    ).toBeTruthy();
  });

  it('says "1 more dependency" in the singular', () => {
    renderList(DEPENDENCY_DISPLAY_LIMIT + 1);
    expect(screen.getByText('and 1 more dependency')).toBeTruthy();
  });

  it('renders every item up to the limit, without a summary', () => {
    renderList(DEPENDENCY_DISPLAY_LIMIT);
    expect(screen.getAllByRole('listitem')).toHaveLength(DEPENDENCY_DISPLAY_LIMIT);
    expect(screen.queryByText(/^and \d+ more/)).toBeNull();
  });
});
