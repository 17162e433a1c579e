import { beforeAll, describe, expect, it } from 'vitest';
import { applyError, judgeApplyRun, type ApplyOutcome } from './apply-outcome.ts';
import { loadJq, runJq } from './run-jq.ts';
import { registryDatabaseFixture } from '../testing/registry-database.ts';

const db = registryDatabaseFixture(null);

let judge: (expr: string) => ApplyOutcome;
beforeAll(async () => {
  const jq = await loadJq();
  judge = (expr) => judgeApplyRun(runJq(jq, db, expr));
});

describe('judgeApplyRun (spec §4.8)', () => {
  it('keeps what the model knows of the one output', () => {
    const outcome = judge('.index.name = "X" | .extra = 1');
    expect(outcome).toMatchObject({
      kind: 'ok',
      output: { extra: 1 },
      stored: { index: { name: 'X' } },
    });
    expect(outcome.kind === 'ok' && 'extra' in outcome.stored).toBe(false);
  });
  it('names where the model refuses the result, and what it expected there', () => {
    expect(judge('.index.name = 5 | del(.admins)')).toEqual({
      kind: 'model-mismatch',
      issues: [
        { path: ['admins'], missing: true },
        { path: ['index', 'name'], missing: false, expected: 'string', received: '5' },
      ],
    });
  });
  it('reports each failure with the code and text the stand-in answers', () => {
    const error = (expr: string) => {
      const outcome = judge(expr);
      return outcome.kind === 'ok' ? null : applyError(outcome);
    };
    expect(error('.[')).toEqual({
      code: 38,
      details: expect.stringMatching(/^Failed to parse expression: syntax error/),
    });
    expect(error('nosuchfn')).toEqual({
      code: 38,
      details: expect.stringMatching(/^Failed to compile expression: nosuchfn\/0/),
    });
    expect(error('empty')).toEqual({ code: 38, details: 'expr returned no results' });
    expect(error('., .')).toEqual({ code: 38, details: 'expr returned too many results' });
    expect(error('error("boom")')).toEqual({ code: 12, details: 'boom' });
    expect(error('.admins = 1')).toEqual({
      code: 12,
      details: 'result does not match database model',
    });
    expect(error('.')).toBeNull();
  });
});
