/** Which stored version a promoted one supersedes. */
import { describe, expect, it } from 'vitest';
import { channelIndex } from '../testing/channel-index.ts';
import { supersededVersion } from './superseded.ts';

const X86 = { arch: ['x86_64'], sighash: 'A' };
const pkg = channelIndex({ app: { '1.0.0:0': [X86], '1.2.0:0': [X86], '2.0.0:0': [X86], '#knots:1.1.0:0': [X86] } }).packages.app;

describe('supersededVersion', () => {
  it('is the newest older version of the same flavor', () => {
    expect(supersededVersion(pkg, '1.5.0:0')).toBe('1.2.0:0');
    expect(supersededVersion(pkg, '#knots:2.0.0:0')).toBe('#knots:1.1.0:0');
  });

  it('is the version itself when the registry holds it, and null when nothing older exists', () => {
    expect(supersededVersion(pkg, '2.0.0:0')).toBe('2.0.0:0');
    expect(supersededVersion(pkg, '0.9.0:0')).toBeNull();
    expect(supersededVersion(undefined, '1.0.0:0')).toBeNull();
  });
});
