import { describe, expect, it } from 'vitest';
import type { KeyFindings } from '../../../../core/registry/key-compromise.ts';
import { translate } from '../../../i18n/i18n.ts';
import type { LogEntry } from '../api/response-store.ts';
import { buildReport, reportMarkdown } from './report.ts';

const key = { pem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n', fingerprint: 'SHA256:abc' };
const findings: KeyFindings = {
  variants: [{ id: 'hello', version: '1.0.0:0', flavor: null, hardware: { device: [], ram: null, arch: ['x86_64'] }, urls: ['https://files.test/a|b.s9pk'], sighash: 'SIG', otherSignatures: 1 }],
  osAssets: [{ release: '0.4.0', platform: 'x86_64', type: 'squashfs', urls: ['https://images.test/os'], otherSignatures: 0 }],
  holders: [{ guid: 'G1', name: 'Leaky', storedPem: key.pem, keys: [key.pem], admin: true, scopes: [{ id: 'hello', range: '*' }], osReleases: [] }],
  signersKnown: true,
};
const step: LogEntry = { at: '2026-12-05T16:00:00.000Z', step: 'remove-variant', registry: 'http://a', item: 'hello 1.0.0:0 (x86_64)', result: 'failed', error: 'Unauthorized — 34', actingKey: 'SHA256:act' };

describe('key-compromise report', () => {
  const report = buildReport(key, [
    { registry: 'http://a', label: 'Alpha', findings, error: null },
    { registry: 'http://b', label: 'Beta', findings: null, error: 'Network error' },
  ], [step], new Date('2026-12-05T16:01:00Z'));

  it('keeps the registry data as found, in JSON', () => {
    const json = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(json).toMatchObject({ format: 'registry-console-key-compromise', v: 1, createdAt: '2026-12-05T16:01:00.000Z', key });
    expect(json.registries[0]!.findings!.variants[0]!.sighash).toBe('SIG');
    expect(json.steps).toEqual([step]);
  });

  it('writes Markdown with what was found per registry and every step, table cells escaped', () => {
    const md = reportMarkdown(report, translate);
    expect(md).toContain('# Key-compromise report');
    expect(md).toContain('Key: SHA256:abc');
    expect(md).toContain('### Alpha (http://a)');
    expect(md).toContain('| Leaky (G1) | Yes | hello * |  |');
    expect(md).toContain('https://files.test/a\\|b.s9pk');
    expect(md).toContain('| 0.4.0 | x86_64 | squashfs | https://images.test/os |');
    expect(md).toContain('### Beta (http://b)\n\nCould not be read: Network error');
    expect(md).toContain('| 2026-12-05T16:00:00.000Z | Remove or keep the variants it signed | http://a | hello 1.0.0:0 (x86_64) | Failed: Unauthorized — 34 | SHA256:act |');
  });

  it('says when nothing was done or found', () => {
    const empty = buildReport(key, [{ registry: 'http://a', label: 'Alpha', findings: { variants: [], osAssets: [], holders: [], signersKnown: true }, error: null }], []);
    const md = reportMarkdown(empty, translate);
    expect(md).toContain('Nothing on this registry was signed by this key');
    expect(md).toContain('Nothing done yet.');
  });
});
