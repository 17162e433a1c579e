import { describe, expect, it } from 'vitest';
import { parseRange } from '../../../../core/exver/index.ts';
import { osRelease } from '../../../../core/testing/os-release-fixture.ts';
import { checkDraft, checkReleaseVersion, releaseDraft, releasesCovered } from './release-form.ts';

describe('checkReleaseVersion', () => {
  it('accepts a plain exver version and prints it as the registry stores it', () => {
    expect(checkReleaseVersion(' 0.4.0-beta.10 ', [])).toEqual({ ok: true, version: '0.4.0-beta.10', exists: false, normalized: false });
    expect(checkReleaseVersion('0.04.0', ['0.4.0'])).toEqual({ ok: true, version: '0.4.0', exists: true, normalized: true });
  });

  it('refuses empty text, a downstream part and a flavor, with the position', () => {
    expect(checkReleaseVersion('', []).ok).toBe(false);
    const downstream = checkReleaseVersion('0.4.0:1', []);
    expect(downstream.ok === false && downstream.message).toMatch(/character \d/);
    expect(checkReleaseVersion('#knots:1.0', []).ok).toBe(false);
  });
});

describe('checkDraft', () => {
  const draft = { version: '0.4.1', headline: ' Faster ', releaseNotes: '- notes', sourceVersion: '>=0.3.5' };

  it('gives the os.version.add params for a valid draft', () => {
    expect(checkDraft(draft, ['0.4.0'], false).params).toEqual({ version: '0.4.1', headline: 'Faster', releaseNotes: '- notes', sourceVersion: '>=0.3.5:0' });
  });

  it('refuses a version that exists unless editing it, a missing headline and a bad range', () => {
    expect(checkDraft(draft, ['0.4.1'], false).params).toBeNull();
    expect(checkDraft(draft, ['0.4.1'], true).params?.version).toBe('0.4.1');
    const bad = checkDraft({ ...draft, headline: ' ', sourceVersion: '>=' }, [], false);
    expect(bad.headlineMissing).toBe(true);
    expect(bad.range.ok).toBe(false);
    expect(bad.params).toBeNull();
  });

  it('starts an edit from the stored release', () => {
    const info = osRelease({ headline: 'H', releaseNotes: 'N', sourceVersion: '>=0.3.5:0' });
    expect(releaseDraft('0.4.0', info)).toEqual({ version: '0.4.0', headline: 'H', releaseNotes: 'N', sourceVersion: '>=0.3.5:0' });
    expect(releaseDraft()).toEqual({ version: '', headline: '', releaseNotes: '', sourceVersion: '' });
  });
});

describe('releasesCovered', () => {
  it('tests each listed OS version as downstream 0', () => {
    expect(releasesCovered(parseRange('>=0.3.5 <0.4.0'), ['0.4.0', '0.3.6', '0.3.5', '0.3.4', 'bad'])).toEqual(['0.3.6', '0.3.5']);
  });
});
