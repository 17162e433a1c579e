import { describe, expect, it } from 'vitest';
import { parseRange, printRange, rangeOr } from '../../core/exver/index.ts';
import { appendClause, coveredVersions, clauseText, flavorAtom, hasPrecedenceTrap, parseRangeInput, parseStoredRange, rangeEditorState, resultingRange } from './range-editor.ts';

const VERSIONS = ['1.0.0:0', '2.0.0:0', '1.5.0:0', '#knots:1.2:0', '0.9.0:0'];

describe('parseRangeInput', () => {
  it('parses and prints the registry-normalized form', () => {
    const p = parseRangeInput(' >=1.0.0:0 <2.0.0:0 ');
    expect(p.ok && p.printed).toBe('>=1.0.0:0 <2.0.0:0');
    const caret = parseRangeInput('^1.2');
    expect(caret.ok && caret.printed).toBe('>=1.2:0 <2:0');
  });

  it('reports the position of a syntax error', () => {
    const p = parseRangeInput('>=1.0 foo');
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.offset).toBe(6);
      expect(p.message).toMatch(/character 7: unexpected text/);
    }
  });

  it('is strict where the registry would silently split or ignore text', () => {
    expect(parseRangeInput('01.2').ok).toBe(false);
    expect(parseRangeInput('>=1.0 )').ok).toBe(false);
    expect(parseRangeInput('').ok).toBe(false);
  });

  it('accepts flavors and negations', () => {
    for (const s of ['#knots', '>=#knots:28.1:0', '!=1.0:0', '!(>=1.0:0)', '* ', '!']) expect(parseRangeInput(s).ok, s).toBe(true);
  });
});

describe('parseStoredRange', () => {
  it('treats absent and corrupt ranges as none, like the registry', () => {
    expect(printRange(parseStoredRange(null))).toBe('!');
    expect(printRange(parseStoredRange('>>>'))).toBe('!');
    expect(printRange(parseStoredRange('>=1.0:0'))).toBe('>=1.0:0');
  });
});

describe('resultingRange', () => {
  const next = parseRange('>=3.0.0:0 <4.0.0:0');
  it('replace ignores the old range', () => {
    expect(printRange(resultingRange('>=1.0.0:0 <2.0.0:0', next, 'replace'))).toBe('>=3.0.0:0 <4.0.0:0');
  });
  it('merge is old || new, printed like the registry', () => {
    expect(printRange(resultingRange('>=1.0.0:0 <2.0.0:0', next, 'merge'))).toBe('(>=1.0.0:0 <2.0.0:0) || (>=3.0.0:0 <4.0.0:0)');
    expect(printRange(resultingRange('>=1.0.0:0 <2.0.0:0', next, 'merge'))).toBe(printRange(rangeOr(parseRange('>=1.0.0:0 <2.0.0:0'), next)));
  });
  it('the first merge just sets the range (existing defaults to none)', () => {
    expect(printRange(resultingRange(null, next, 'merge'))).toBe('>=3.0.0:0 <4.0.0:0');
  });
  it('merging with * gives *', () => {
    expect(printRange(resultingRange('*', next, 'merge'))).toBe('*');
  });
});

describe('rangeEditorState', () => {
  it('lists versions newest first with what each range covers', () => {
    const s = rangeEditorState('>=1.0.0:0 <2.0.0:0', null, VERSIONS, 'replace');
    expect(s.versions.map((v) => v.version)).toEqual(['2.0.0:0', '1.5.0:0', '1.0.0:0', '0.9.0:0', '#knots:1.2:0']);
    expect(s.versions.filter((v) => v.after).map((v) => v.version)).toEqual(['1.5.0:0', '1.0.0:0']);
    expect(s.existing).toBeNull();
    expect(s.result).toBe('>=1.0.0:0 <2.0.0:0');
    expect(s.gained).toEqual(['1.5.0:0', '1.0.0:0']);
    expect(s.lost).toEqual([]);
  });

  it('flavored versions are only covered by ranges that name the flavor', () => {
    expect(rangeEditorState('>=0:0', null, VERSIONS, 'replace').versions.find((v) => v.version.startsWith('#'))?.after).toBe(false);
    expect(rangeEditorState('#knots', null, VERSIONS, 'replace').versions.filter((v) => v.after).map((v) => v.version)).toEqual(['#knots:1.2:0']);
    expect(rangeEditorState('*', null, VERSIONS, 'replace').versions.every((v) => v.after)).toBe(true);
  });

  it('replace can lose versions; merge never does', () => {
    const replace = rangeEditorState('>=2.0.0:0', '>=1.0.0:0 <2.0.0:0', VERSIONS, 'replace');
    expect(replace.existing).toBe('>=1.0.0:0 <2.0.0:0');
    expect(replace.gained).toEqual(['2.0.0:0']);
    expect(replace.lost).toEqual(['1.5.0:0', '1.0.0:0']);
    const merge = rangeEditorState('>=2.0.0:0', '>=1.0.0:0 <2.0.0:0', VERSIONS, 'merge');
    expect(merge.result).toBe('(>=1.0.0:0 <2.0.0:0) || >=2.0.0:0');
    expect(merge.lost).toEqual([]);
    expect(merge.gained).toEqual(['2.0.0:0']);
    expect(merge.versions.find((v) => v.version === '1.5.0:0')).toEqual({ version: '1.5.0:0', before: true, after: true, typed: false });
  });

  it('says when saving changes nothing and gives no result for invalid input', () => {
    expect(rangeEditorState('>=1.0.0:0 <2.0.0:0', '>=1.0.0:0 <2.0.0:0', VERSIONS, 'replace').unchanged).toBe(true);
    const bad = rangeEditorState('>=', '*', VERSIONS, 'merge');
    expect(bad.parsed.ok).toBe(false);
    expect(bad.result).toBeNull();
    expect(bad.versions.every((v) => !v.after && v.before)).toBe(true);
  });
});

describe('clause building', () => {
  it('prints anchors with an optional flavor', () => {
    expect(clauseText({ op: '>=', version: '1.0.0:0', flavor: '' })).toBe('>=1.0.0:0');
    expect(clauseText({ op: '<', version: ' 28.1 ', flavor: 'knots' })).toBe('<#knots:28.1');
    expect(flavorAtom(' knots')).toBe('#knots');
  });

  it('joins with AND by a space and with OR in parentheses (the registry has no precedence)', () => {
    expect(appendClause('', '>=1.0:0', 'and')).toBe('>=1.0:0');
    expect(appendClause('>=1.0:0', '<2.0:0', 'and')).toBe('>=1.0:0 <2.0:0');
    expect(appendClause('>=1.0:0 <2.0:0', '>=3.0:0 <4.0:0', 'or')).toBe('(>=1.0:0 <2.0:0) || (>=3.0:0 <4.0:0)');
    expect(appendClause('#knots', '=1.0:0', 'or')).toBe('#knots || =1.0:0');
    const joined = parseRangeInput(appendClause('>=1.0:0 <2.0:0', '>=3.0:0 <4.0:0', 'or'));
    expect(joined.ok && joined.printed).toBe('(>=1.0:0 <2.0:0) || (>=3.0:0 <4.0:0)');
  });

  it('flags text that relies on a precedence the registry does not have', () => {
    expect(hasPrecedenceTrap('>=1 <2 || >=3 <4')).toBe(true);
    expect(hasPrecedenceTrap('>=1 || >=3 && <4')).toBe(true);
    expect(hasPrecedenceTrap('>=1 <2 || >=3')).toBe(false);
    expect(hasPrecedenceTrap('(>=1 <2) || (>=3 <4)')).toBe(false);
    expect(hasPrecedenceTrap('#knots || !(>=1 <2)')).toBe(false);
    expect(hasPrecedenceTrap('>=1 <2')).toBe(false);
  });
});

describe('coveredVersions', () => {
  it('reads stored ranges leniently and skips unparseable versions', () => {
    expect(coveredVersions('>=1.0.0:0 <2.0.0:0', [...VERSIONS, 'junk'])).toEqual(['1.0.0:0', '1.5.0:0']);
    expect(coveredVersions('#knots', VERSIONS)).toEqual(['#knots:1.2:0']);
    expect(coveredVersions('garbage((', VERSIONS)).toEqual([]);
  });
});
