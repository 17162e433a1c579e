// @vitest-environment jsdom
/**
 * Regression (issue 11, item 4): a report of a file declaring many dependencies rendered one
 * list item each (100 004 for 100 000 dependencies) and froze the page. At most
 * DEPENDENCY_DISPLAY_LIMIT are listed; the rest are counted in one line.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DEPENDENCIES } from '../../../../core/s9pk/json-limits.ts';
import { DEPENDENCY_DISPLAY_LIMIT } from '../../../lib/bounded-list.ts';
import type { RowReport } from '../../../lib/publishing/preflight-reports.ts';
import { PreflightView } from './preflight-view.tsx';

afterEach(cleanup);

function reportWith(count: number): RowReport {
  return {
    verdict: { kind: 'new-version' },
    viaBatch: false,
    blocking: false,
    needsConfirmation: false,
    incoming: null,
    dependencies: Array.from({ length: count }, (_, i) => ({
      id: `dep-${i}`,
      optional: false,
      source: i % 2 === 0 ? 'registry' : 'missing',
    })),
    osVersion: '0.4.0',
    hasIcon: true,
    hasLicense: true,
    similarVersion: null,
  };
}

const view = (count: number) => {
  render(<PreflightView report={reportWith(count)} id="x" version="1.0.0:0" confirmed={false} onConfirm={() => undefined} />);
  return within(screen.getByTestId('preflight'));
};

describe('PreflightView dependencies', () => {
  it('lists at most DEPENDENCY_DISPLAY_LIMIT dependencies and counts the rest', () => {
    const v = view(MAX_DEPENDENCIES);
    const deps = v.getAllByRole('listitem').filter((li) => li.textContent?.includes('Dependency dep-'));
    expect(deps).toHaveLength(DEPENDENCY_DISPLAY_LIMIT);
    const more = MAX_DEPENDENCIES - DEPENDENCY_DISPLAY_LIMIT;
    expect(v.getByText(`and ${more} more dependencies (${more / 2} not in this registry)`)).toBeTruthy();
    // the dependency lines, the summary and the OS version, icon and license checks
    expect(v.getAllByRole('listitem')).toHaveLength(DEPENDENCY_DISPLAY_LIMIT + 4);
  });

  it('lists every dependency up to the limit, without a summary', () => {
    const v = view(DEPENDENCY_DISPLAY_LIMIT);
    expect(v.getAllByRole('listitem')).toHaveLength(DEPENDENCY_DISPLAY_LIMIT + 3);
    expect(v.queryByText(/^and \d+ more/)).toBeNull();
  });
});
