import { beforeAll, describe, expect, it } from 'vitest';
import { GUARD_FAILURE } from './apply-guard.ts';
import { dryRunApply } from './dry-run.ts';
import { loadJq, runJq } from './run-jq.ts';
import { registryDatabaseFixture } from '../testing/registry-database.ts';

const dump = registryDatabaseFixture('Old');

let jq: Awaited<ReturnType<typeof loadJq>>;
beforeAll(async () => {
  jq = await loadJq();
});

describe('dryRunApply', () => {
  it('shows the one changed path and a guard that holds on the dump', () => {
    const result = dryRunApply(jq, dump, '.index.name = "X"');
    expect(result).toMatchObject({ kind: 'accepted', changes: [{ op: 'replace', path: ['index', 'name'], old: 'Old', value: 'X' }], modelChanges: [] });
    if (result.kind !== 'accepted') return;
    expect(runJq(jq, dump, result.guard.expr)).toEqual(runJq(jq, dump, '.index.name = "X"'));
    expect(runJq(jq, { ...dump, index: { ...dump.index, name: 'Y' } }, result.guard.expr)).toEqual({ kind: 'ran', values: [], error: GUARD_FAILURE });
  });
  it('names the keys the model drops from the output', () => {
    expect(dryRunApply(jq, dump, '.extra = 1')).toMatchObject({ kind: 'accepted', changes: [], modelChanges: [{ op: 'remove', path: ['extra'], old: 1 }] });
  });
  it('reports a refusal as the stand-in answers it', () => {
    expect(dryRunApply(jq, dump, '., .')).toEqual({ kind: 'refused', outcome: { kind: 'too-many' }, error: { code: 38, details: 'expr returned too many results' } });
  });
});
