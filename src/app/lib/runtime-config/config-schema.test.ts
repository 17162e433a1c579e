import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseRuntimeConfig, type RuntimeConfigFile } from './config-schema.ts';
import example from '../../../../public/config.example.json';

const demo: NonNullable<RuntimeConfigFile['demo']> = {
  registryUrl: 'http://localhost:5959',
  adminKeyPem: '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n',
  bucket: {
    endpoint: 'http://127.0.0.1:4568',
    bucket: 'packages',
    publicUrl: 'http://127.0.0.1:4568/packages',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
  },
};

const problems = (json: unknown) => {
  const r = parseRuntimeConfig(json, { allowDemo: true });
  return r.ok ? [] : r.problems;
};

describe('parseRuntimeConfig', () => {
  it('fills every field with its default for an empty object', () => {
    expect(parseRuntimeConfig({}, { allowDemo: false })).toEqual({ ok: true, config: DEFAULT_CONFIG, notes: [] });
  });

  it('accepts the sample shipped beside index.html (public/config.example.json)', () => {
    expect(parseRuntimeConfig(example, { allowDemo: false })).toEqual({
      ok: true,
      notes: [],
      config: { title: 'Example Registry', defaultRegistry: 'https://registry.example.com', registryChooser: false, demo: null },
    });
  });

  it('normalises the default registry like a saved registry (no trailing slash, no /rpc/v0)', () => {
    const r = parseRuntimeConfig({ title: ' Example Store ', defaultRegistry: 'https://registry.example.com/rpc/v0/', registryChooser: false }, { allowDemo: false });
    expect(r).toEqual({ ok: true, notes: [], config: { title: 'Example Store', defaultRegistry: 'https://registry.example.com', registryChooser: false, demo: null } });
  });

  it('names every problem with its field, unknown fields included', () => {
    expect(problems({ title: 5, defaultRegistryUrl: 'https://x.example', registryChooser: 'no' })).toEqual([
      'title must be a string',
      'registryChooser must be true or false',
      'defaultRegistryUrl: unknown field',
    ]);
    expect(problems({ defaultRegistry: 'ftp://x.example' })).toEqual(['defaultRegistry must be an http:// or https:// URL']);
    expect(problems({ defaultRegistry: 'https://x.example/?a=1' })).toEqual(['defaultRegistry: The address must not contain ? or #.']);
    expect(problems({ title: '' })).toEqual(['title must not be empty']);
  });

  it('refuses hiding the chooser without a default registry', () => {
    const message = 'registryChooser: false needs a defaultRegistry (otherwise no registry can be opened)';
    expect(problems({ registryChooser: false })).toEqual([message]);
    // also beside other problems, so one round of fixes is enough
    expect(problems({ title: 5, registryChooser: false })).toEqual(['title must be a string', message]);
  });

  it('refuses anything but a JSON object', () => {
    for (const json of [null, [], 'x', 1]) expect(problems(json)).toEqual(['config.json must be a JSON object']);
  });

  it('checks the demo section field by field', () => {
    expect(problems({ demo: { registryUrl: 'x', adminKeyPem: 'not a pem', bucket: { endpoint: 'http://a', bucket: 'b' } } })).toEqual([
      'demo.registryUrl must be an http:// or https:// URL',
      'demo.adminKeyPem must be a PKCS#8 "PRIVATE KEY" PEM',
      'demo.bucket.publicUrl: is required',
      'demo.bucket.accessKeyId: is required',
      'demo.bucket.secretAccessKey: is required',
    ]);
  });

  it('keeps the demo section in demo mode, with bucket defaults', () => {
    const r = parseRuntimeConfig({ demo }, { allowDemo: true });
    expect(r.ok && r.config.demo).toEqual({ ...demo, bucket: { ...demo.bucket, region: 'us-east-1', pathStyle: true }, filesDir: null });
  });

  it('drops the demo section (key and bucket secret) outside demo mode, and says so', () => {
    const r = parseRuntimeConfig({ title: 'Store', demo }, { allowDemo: false });
    expect(r).toEqual({
      ok: true,
      config: { ...DEFAULT_CONFIG, title: 'Store' },
      notes: ['config.json: the "demo" section is ignored outside demo mode (npm start)'],
    });
  });
});
