import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffJson } from '../json/json-diff.ts';
import { AWKWARD_KEYS, overlappingJson } from '../testing/json-arbitrary.ts';
import {
  buildApplyGuard,
  failedChecks,
  GUARD_FAILURE,
  guardChecks,
  guardExpression,
} from './apply-guard.ts';
import { loadJq, runJq, type JqRun } from './run-jq.ts';

let run: (input: unknown, expr: string) => JqRun;
beforeAll(async () => {
  const jq = await loadJq();
  run = (input, expr) => runJq(jq, input, expr);
});

const db = () => ({
  admins: ['A'],
  index: {
    name: null as string | null,
    icon: 'i',
    package: { packages: { p: { versions: ['1', '2'] } } },
    signers: {} as Record<string, unknown>,
  },
});

/** The dry run of `expr` on `old`, then the guarded expression run on `now`. */
function guarded(old: unknown, expr: string, now: unknown) {
  const dry = run(old, expr);
  const [result] = dry.kind === 'ran' ? dry.values : [];
  const guard = buildApplyGuard(expr, old, diffJson(old, result));
  return {
    guard,
    unguarded: run(now, expr),
    run: run(now, guard.expr),
    failed: failedChecks(now, guard.checks),
  };
}

type Db = ReturnType<typeof db>;

const changedBy = (update: (d: Db) => unknown) => {
  const d = db();
  update(d);
  return d;
};

describe('the db.apply guard, run by jq-web', () => {
  it('passes on unchanged input with the output of the bare expression', () => {
    for (const expr of [
      '.index.name = "X"',
      'del(.index.icon)',
      '.admins += ["B"]',
      '.index.package.packages.p.versions |= .[:1]',
      '.index.signers["a\\"b/~c"] = {}',
      '.index = 1',
    ]) {
      const g = guarded(db(), expr, db());
      expect(g.run).toEqual(g.unguarded);
      expect(g.failed).toEqual([]);
    }
  });

  // prettier-ignore
  it.each<[string, string, (d: Db) => unknown]>([
    ['a changed value changed again', '.index.icon = "j"', (d) => (d.index.icon = 'k')],
    ['a null changed value now set', '.index.name = "X"', (d) => (d.index.name = 'Y')],
    ['a null changed value now gone', '.index.name = "X"', (d) => Reflect.deleteProperty(d.index, 'name')],
    ['a removed value changed', 'del(.index.icon)', (d) => (d.index.icon = 'k')],
    ['a removed value already gone', 'del(.index.icon)', (d) => Reflect.deleteProperty(d.index, 'icon')],
    ['an added key already there', '.index.signers.s = 1', (d) => (d.index.signers.s = 2)],
    ['an array appended to grew', '.admins += ["B"]', (d) => d.admins.push('C')],
    ['an array removed from shrank', '.index.package.packages.p.versions |= .[:1]', (d) => d.index.package.packages.p.versions.pop()],
    ['an ancestor replaced by a string', '.index.package.packages.p.versions[0] = "0"', (d) => Reflect.set(d.index.package, 'packages', 'x')],
    ['the parent of an added key replaced by an array', '.index.signers.s = 1', (d) => Reflect.set(d.index, 'signers', [])],
  ])('fails with the guard error, never another one: %s', (_name, expr, update) => {
    const g = guarded(db(), expr, changedBy(update));
    expect(g.run).toEqual({ kind: 'ran', values: [], error: GUARD_FAILURE });
    expect(g.failed.length).toBeGreaterThan(0);
  });

  it('ignores changes to paths the dry run did not change', () => {
    const g = guarded(
      db(),
      '.index.name = "X"',
      changedBy((d) => (d.index.icon = 'other')),
    );
    expect(g.run).toEqual(g.unguarded);
  });

  it('quotes every key, and jq reads every JSON value back as equal', () => {
    fc.assert(
      fc.property(overlappingJson, (value) => {
        for (const key of AWKWARD_KEYS) {
          const doc = JSON.parse(JSON.stringify({ [key]: value })) as unknown;
          const checks = guardChecks(doc, [{ op: 'replace', path: [key], old: value, value: 0 }]);
          expect(run(doc, guardExpression('1', checks))).toEqual({
            kind: 'ran',
            values: [1],
            error: null,
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('fails in jq exactly when the checks say something changed (property)', () => {
    fc.assert(
      fc.property(overlappingJson, overlappingJson, overlappingJson, (old, value, now) => {
        const { checks, expr } = buildApplyGuard('.', old, diffJson(old, value));
        const passed = failedChecks(now, checks).length === 0;
        expect(run(now, expr)).toEqual(passed ? run(now, '.') : { kind: 'ran', values: [], error: GUARD_FAILURE });
        expect(failedChecks(old, checks)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('buildApplyGuard', () => {
  const many = () => {
    const old = db();
    const value = structuredClone(old);
    for (let i = 0; i < 300; i++) value.index.signers[`s${i}`] = { name: `n${i}` };
    value.index.name = 'X';
    return { old, value, changes: diffJson(old, value) };
  };

  it('checks each changed path on its own while that fits', () => {
    const { old, changes } = many();
    const guard = buildApplyGuard('.', old, changes, { maxChecks: 1000, maxChars: 1e6 });
    expect(guard.collapsedTo).toBeNull();
    expect(guard.checks).toHaveLength(302);
  });

  it('cuts many changed paths to their ancestors, which then must be unchanged as a whole', () => {
    const { old, value, changes } = many();
    const guard = buildApplyGuard('.index.name = "X"', old, changes, {
      maxChecks: 10,
      maxChars: 1e6,
    });
    expect(guard.collapsedTo).toBe(2);
    expect(guard.checks).toEqual([
      { kind: 'equals', path: ['index', 'name'], value: null },
      { kind: 'present', path: ['index', 'name'] },
      { kind: 'equals', path: ['index', 'signers'], value: {} },
    ]);
    expect(run(old, guard.expr)).toEqual(run(old, '.index.name = "X"'));
    expect(run(value, guard.expr)).toEqual({ kind: 'ran', values: [], error: GUARD_FAILURE });
  });

  it('leaves an expression that changes nothing unguarded', () => {
    expect(buildApplyGuard('.', db(), []).expr).toBe('.');
  });
});
