import { describe, expect, it } from 'vitest';
import { supersededVersion } from './superseded-version.ts';

describe('supersededVersion', () => {
  const stored = ['1.0.0:0', '1.2.0:0', '2.0.0:0', '#knots:1.5.0:0', 'junk'];
  it.each([
    ['1.2.0:0', '1.2.0:0'],
    ['1.2:0', '1.2.0:0'],
    ['1.5.0:0', '1.2.0:0'],
    ['3.0.0:0', '2.0.0:0'],
    ['0.9.0:0', null],
    ['#knots:2.0.0:0', '#knots:1.5.0:0'],
    ['#other:2.0.0:0', null],
    ['not a version', null],
  ])('%s supersedes %s', (incoming, expected) => {
    expect(supersededVersion(stored, incoming)).toBe(expected);
  });
});
