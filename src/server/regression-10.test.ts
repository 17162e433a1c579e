// Issue 10 item 10: stand-in details checked against upstream's registry source (spec §12).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../core/bytes/utf8.ts';
import type { DeviceInfo } from '../core/rpc/types.ts';
import { craftArchive } from '../core/testing/craft.ts';
import { fixtureManifest, TEST_ONLY_SEED } from '../core/testing/fixtures.ts';
import { memoryLog, memoryPorts } from './ports.ts';
import { commitmentOf, publish, startFileHost, type FileHost } from './testing/publish-harness.ts';
import { BASE, createHarness } from './testing/test-harness.ts';

let files: FileHost;
beforeAll(async () => {
  files = await startFileHost();
});
afterAll(() => files.close());

/** Publishes `id@version` whose manifest has the given extra fields. */
async function publishManifest(h: Awaited<ReturnType<typeof createHarness>>, name: string, fields: Record<string, unknown>) {
  const manifest = { ...fixtureManifest({ id: 'sets', version: '1.0.0:0' }), ...fields };
  const f = await files.put(name, { id: 'sets', version: '1.0.0:0', arches: ['x86_64'], extraFiles: { 'manifest.json': encodeUtf8(JSON.stringify(manifest)) } });
  return publish(h, h.admin, [f.url], f.commitment);
}

describe('/ws/rpc is a GET route with a WebSocket upgrade (§1.7, §12)', () => {
  const guid = 'A'.repeat(32);
  it('answers 405 to methods other than GET', async () => {
    const h = await createHarness();
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const res = await h.handler(new Request(`${BASE}/ws/rpc/${guid}`, { method }));
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET,HEAD');
    }
    expect((await h.handler(new Request(`${BASE}/ws/rpc/${guid}`, { method: 'HEAD' }))).status).toBe(405);
    expect((await h.handler(new Request(`${BASE}/rest/rpc/${guid}`, { method: 'POST' }))).status).toBe(404);
  });

  it('a plain GET fails the upgrade before the Guid is looked at', async () => {
    const h = await createHarness();
    for (const path of [guid, 'not-a-guid']) {
      const res = await h.handler(new Request(`${BASE}/ws/rpc/${path}`));
      expect(res.status).toBe(400);
      expect(await res.text()).toBe("Connection header did not include 'upgrade'");
    }
    const partial = await h.handler(new Request(`${BASE}/ws/rpc/${guid}`, { headers: { Connection: 'keep-alive, Upgrade', Upgrade: 'websocket' } }));
    expect(partial.status).toBe(400);
    expect(await partial.text()).toBe("`Sec-WebSocket-Version` header did not include '13'");
  });
});

describe('envelope order (§1.3, §1.8, §12)', () => {
  it('an empty batch [] gets no CORS headers; a non-empty batch does', async () => {
    const h = await createHarness();
    const empty = await h.post('[]', { headers: { Origin: 'http://console.test' } });
    expect(await empty.json()).toEqual([]);
    expect(empty.headers.get('access-control-allow-origin')).toBeNull();
    expect(empty.headers.get('access-control-allow-credentials')).toBeNull();
    const one = await h.post('[{"id":1,"method":"info","params":{}}]', { headers: { Origin: 'http://console.test' } });
    expect(one.headers.get('access-control-allow-origin')).toBe('http://console.test');
  });

  it('non-object params are authenticated before -32602', async () => {
    const h = await createHarness();
    expect((await h.call('admin.list', [1])).error?.code).toBe(34);
    expect((await h.call('package.signer.add', 'x')).error?.code).toBe(34);
    expect((await h.call('admin.list', [1], { key: h.admin })).error?.code).toBe(-32602);
    expect((await h.call('info', [1])).error?.code).toBe(-32602);
  });
});

describe('package.remove / remove-mirror take a parsed version (§4.3, §12)', () => {
  it('an unparseable version is -32602, not a no-op', async () => {
    const h = await createHarness();
    const remove = await h.call('package.remove', { id: 'gone', version: 'one.two' }, { key: h.admin });
    expect(remove.error).toMatchObject({ code: -32602, data: expect.stringContaining('`version`') });
    const mirror = await h.call('package.remove-mirror', { id: 'gone', version: 'one.two', url: 'https://x.test/a.s9pk' }, { key: h.admin });
    expect(mirror.error?.code).toBe(-32602);
    expect((await h.call('package.remove', { id: 'gone', version: '1.0.0:0' }, { key: h.admin })).result).toBe(false);
  });
});

describe('info.set-icon takes any mime between data: and ;base64, (§4.2, §12)', () => {
  it.each(['data:image/svg+xml;charset=utf-8;base64,PHN2Zy8+', 'data:;base64,AA==', 'data:image/png;base64,'])('accepts %s', async (icon) => {
    const h = await createHarness();
    expect((await h.call('info.set-icon', { icon }, { key: h.admin })).result).toBeNull();
    expect(await h.ok('info', {})).toMatchObject({ icon });
  });
  it.each(['image/png;base64,AA==', 'data:image/png,AA==', 'data:image/png;base64,AA', 'data:image/png;base64,AB==', 'data:image/png;base64,A A='])('rejects %s (-32602)', async (icon) => {
    const h = await createHarness();
    expect((await h.call('info.set-icon', { icon }, { key: h.admin })).error?.code).toBe(-32602);
  });
});

describe('`format` on info.set-name / info.set-icon (§4.0, §12)', () => {
  it('is validated there (their parent is WithIoFormat<Empty>)', async () => {
    const h = await createHarness();
    expect((await h.call('info.set-name', { name: 'x', format: 'xml' }, { key: h.admin })).error?.code).toBe(-32602);
    expect((await h.call('info.set-icon', { icon: 'data:;base64,', format: 'ini' }, { key: h.admin })).error?.code).toBe(-32602);
    expect((await h.call('info.set-name', { name: 'x', format: 'json-pretty' }, { key: h.admin })).result).toBeNull();
    expect((await h.call('info.set-icon', { icon: 'data:;base64,', format: 'yaml' }, { key: h.admin })).result).toBeNull();
  });
  it('is not a key of os.asset.get.*: ignored like any unknown key', async () => {
    const h = await createHarness();
    const r = await h.call('os.asset.get.iso', { version: '0.4.0', platform: 'x86_64', format: 'xml' });
    expect(r.error).toMatchObject({ code: 6, data: { details: '0.4.0' } });
  });
});

describe('plugins and satisfies are sets (§5.3, §12)', () => {
  it('are stored sorted and deduplicated; unknown plugin ids and bad versions are 12', async () => {
    const h = await createHarness();
    const r = await publishManifest(h, 'sets-a.s9pk', { plugins: ['url-v0', 'url-v0'], satisfies: ['2.0.0:0', '1.0:0', '1.0.0:0'] });
    expect(r.error).toBeUndefined();
    expect(await h.ok('package.index', {})).toMatchObject({
      packages: { sets: { versions: { '1.0.0:0': { plugins: ['url-v0'], satisfies: ['1.0:0', '2.0.0:0'] } } } },
    });
    expect((await publishManifest(h, 'sets-b.s9pk', { plugins: ['url-v9'] })).error?.code).toBe(12);
    expect((await publishManifest(h, 'sets-c.s9pk', { satisfies: ['not a version'] })).error?.code).toBe(12);
  });

  it('compare as sets when a variant is merged into an existing version', async () => {
    const h = await createHarness();
    expect((await publishManifest(h, 'merge-a.s9pk', { satisfies: ['1.0.0:0', '2.0.0:0'] })).error).toBeUndefined();
    const reordered = { satisfies: ['2.0.0:0', '1.0:0'], hardwareRequirements: { device: [], ram: null, arch: ['aarch64'] } };
    expect((await publishManifest(h, 'merge-b.s9pk', reordered)).error).toBeUndefined();
    const differs = { satisfies: ['3.0.0:0'], hardwareRequirements: { device: [], ram: 1, arch: null } };
    expect((await publishManifest(h, 'merge-c.s9pk', differs)).error?.code).toBe(38);
  });
});

describe('package.add: a missing manifest.json is 6 (§12)', () => {
  const serve = (name: string, entries: Parameters<typeof craftArchive>[0]) => {
    const bytes = craftArchive(entries, { seed: TEST_ONLY_SEED });
    writeFileSync(join(files.dir, name), bytes);
    return { url: `${files.url}/${name}`, commitment: commitmentOf(bytes) };
  };

  it('absent is NotFound; a pruned entry is an s9pk parse error (18); bad JSON stays 12', async () => {
    const h = await createHarness();
    const absent = serve('no-manifest.s9pk', [{ name: 'icon.png', data: encodeUtf8('x') }]);
    const r = await publish(h, h.admin, [absent.url], absent.commitment);
    expect(r.error).toMatchObject({ code: 6, data: { details: `${absent.url}: manifest.json` } });
    const pruned = serve('pruned-manifest.s9pk', [{ name: 'manifest.json', data: encodeUtf8('{}'), type: 0 }]);
    expect((await publish(h, h.admin, [pruned.url], pruned.commitment)).error?.code).toBe(18);
    const notJson = serve('bad-manifest.s9pk', [{ name: 'manifest.json', data: encodeUtf8('{') }]);
    expect((await publish(h, h.admin, [notJson.url], notJson.commitment)).error?.code).toBe(12);
  });
});

describe('package.get localizes with upstream\'s rule (§6, §12)', () => {
  const device = (language: string): DeviceInfo => ({
    os: { version: '0.4.0-beta.10', compat: '>=0.4.0-alpha.0:0 <=0.4.0-beta.10:0', platform: 'x86_64', language },
    hardware: { arch: 'x86_64', ram: 2 ** 32 },
  });
  it('de_DE and de pick German; de-DE is not rewritten and falls back to the first entry', async () => {
    const h = await createHarness();
    expect((await publishManifest(h, 'locale.s9pk', { releaseNotes: { en_US: 'Notes', de_DE: 'Hinweise' } })).error).toBeUndefined();
    const notes = async (language: string) => h.ok('package.get', { id: 'sets' }, { deviceInfo: device(language) });
    expect(await notes('de_DE')).toMatchObject({ best: { '1.0.0:0': { releaseNotes: 'Hinweise' } } });
    expect(await notes('de')).toMatchObject({ best: { '1.0.0:0': { releaseNotes: 'Hinweise' } } });
    expect(await notes('de-DE')).toMatchObject({ best: { '1.0.0:0': { releaseNotes: 'Notes' } } });
  });
});

describe('package.get: versions that compare equal both go to best (§4.3, §12)', () => {
  it('1.0:0 and 1.0.0:0 share best (first key, last record); neither is in otherVersions', async () => {
    const h = await createHarness();
    const first = await files.put('eq-a.s9pk', { id: 'eq', version: '1.0:0', arches: ['x86_64'] });
    const second = await files.put('eq-b.s9pk', { id: 'eq', version: '1.0.0:0', arches: ['aarch64'] });
    const older = await files.put('eq-old.s9pk', { id: 'eq', version: '0.9.0:0' });
    for (const f of [first, second, older]) expect((await publish(h, h.admin, [f.url], f.commitment)).error).toBeUndefined();
    const got = await h.ok('package.get', { id: 'eq', otherVersions: 'short' });
    expect(got).toEqual({
      categories: [],
      best: { '1.0:0': expect.objectContaining({ s9pks: [[expect.objectContaining({ arch: ['aarch64'] }), expect.objectContaining({ urls: [second.url] })]] }) },
      otherVersions: { '0.9.0:0': { releaseNotes: { en_US: 'Release 0.9.0:0' } } },
    });
  });
});

describe('audit log line (§2.12, §12)', () => {
  it('has a +00:00 timestamp and the request with the injected __Auth_signer', async () => {
    const audit = memoryLog();
    const h = await createHarness({ ports: { ...memoryPorts(), audit } });
    await h.call('package.remove', { id: 'gone', __Auth_signer: 'forged' }, { key: h.admin });
    const line = JSON.parse(audit.lines.at(-1)!);
    expect(line.timestamp).toMatch(/\+00:00$/);
    expect(line.request).toEqual({ id: 1, method: 'package.remove', params: { id: 'gone', __Auth_signer: h.admin.pem } });
  });
});
