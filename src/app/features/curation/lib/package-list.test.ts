import { describe, expect, it } from 'vitest';
import type { PackageVersionInfo } from '../../../../core/rpc/types.ts';
import { index, pkg } from '../testing/fixtures.ts';
import { filterRows, packageRows } from './package-list.ts';

describe('package rows', () => {
  it('takes the title of the newest version and marks membership', () => {
    const p = pkg(['media'], ['1.9.0:0', '1.10.0:0']);
    p.versions['1.10.0:0'] = { title: 'Jellyfin' } as PackageVersionInfo;
    p.versions['1.9.0:0'] = { title: 'Old name' } as PackageVersionInfo;
    const rows = packageRows(index({ zeta: pkg([]), jellyfin: p }), 'media');
    expect(rows.map((r) => [r.id, r.title, r.inCategory])).toEqual([
      ['jellyfin', 'Jellyfin', true],
      ['zeta', 'zeta', false],
    ]);
    expect(filterRows(rows, 'JELLY').map((r) => r.id)).toEqual(['jellyfin']);
    expect(filterRows(rows, ' ')).toHaveLength(2);
  });
});
