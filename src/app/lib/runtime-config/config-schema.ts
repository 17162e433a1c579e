/**
 * @module
 * The deploy-time configuration: `config.json` beside `index.html` (issue 12 items 5 and 6).
 * It is untrusted input — whoever hosts the files writes it — so it is checked field by field
 * with valibot, unknown fields are refused (a typo must not silently fall back to a default),
 * and every problem is reported with its path. The `demo` section (written by `npm start`)
 * carries a private key and bucket secrets; it is honoured only when the caller allows it
 * (development builds), so a production build never offers to import a key from configuration.
 */
import * as v from 'valibot';
import { normalizeRegistryUrl } from '../registries.ts';

export const DEFAULT_TITLE = 'Registry Console';

const text = (what: string, max: number) =>
  v.pipe(v.string(`${what} must be a string`), v.trim(), v.minLength(1, `${what} must not be empty`), v.maxLength(max, `${what} must be at most ${max} characters`));

const httpUrl = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.check((s) => /^https?:\/\/[^\s]+$/i.test(s.trim()), `${what} must be an http:// or https:// URL`),
  );

/** A registry base URL, normalised as saved registries are (no trailing slash, no /rpc/v0). */
const registryUrl = (what: string) =>
  v.pipe(
    httpUrl(what),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      try {
        return normalizeRegistryUrl(dataset.value);
      } catch (e) {
        addIssue({ message: `${what}: ${(e as Error).message}` });
        return NEVER;
      }
    }),
  );

/** Messages of an object's own issues: not an object, a missing field, an unknown field. */
const shape = (what: string) => (issue: v.BaseIssue<unknown>) =>
  issue.expected === 'never' ? 'unknown field' : issue.received === 'undefined' ? 'is required' : `${what} must be a JSON object`;

const DemoBucketSchema = v.strictObject({
  endpoint: httpUrl('demo.bucket.endpoint'),
  region: v.optional(text('demo.bucket.region', 64), 'us-east-1'),
  bucket: text('demo.bucket.bucket', 63),
  pathStyle: v.optional(v.boolean('demo.bucket.pathStyle must be true or false'), true),
  publicUrl: httpUrl('demo.bucket.publicUrl'),
  accessKeyId: text('demo.bucket.accessKeyId', 256),
  secretAccessKey: text('demo.bucket.secretAccessKey', 256),
}, shape('demo.bucket'));

const DemoSchema = v.strictObject({
  registryUrl: registryUrl('demo.registryUrl'),
  /** The throwaway demo admin key, PKCS#8 PEM (parsed only when imported). */
  adminKeyPem: v.pipe(
    v.string('demo.adminKeyPem must be a string'),
    v.includes('-----BEGIN PRIVATE KEY-----', 'demo.adminKeyPem must be a PKCS#8 "PRIVATE KEY" PEM'),
    v.maxLength(4096, 'demo.adminKeyPem is too long'),
  ),
  bucket: v.optional(v.nullable(DemoBucketSchema), null),
  /** Folder of demo .s9pk files on the machine running `npm start` (shown, never read). */
  filesDir: v.optional(v.nullable(text('demo.filesDir', 4096)), null),
}, shape('demo'));

export const RuntimeConfigSchema = v.pipe(
  v.strictObject({
    /** Shown in the header and as the document title. */
    title: v.optional(text('title', 80), DEFAULT_TITLE),
    /** The registry a visitor lands on (its package list). */
    defaultRegistry: v.optional(v.nullable(registryUrl('defaultRegistry')), null),
    /** Whether the Registries page (saved registries, add one, the picker) is offered. */
    registryChooser: v.optional(v.boolean('registryChooser must be true or false'), true),
    demo: v.optional(v.nullable(DemoSchema), null),
  }, shape('config.json')),
  // partial: reported even when other fields are wrong, so one round of fixes is enough
  v.forward(
    v.partialCheck([['registryChooser'], ['defaultRegistry']], (c) => c.registryChooser || c.defaultRegistry !== null, 'false needs a defaultRegistry (otherwise no registry can be opened)'),
    ['registryChooser'],
  ),
);

export type RuntimeConfig = v.InferOutput<typeof RuntimeConfigSchema>;
/** What `config.json` may contain (defaults filled in on parsing). */
export type RuntimeConfigFile = v.InferInput<typeof RuntimeConfigSchema>;
export type DemoConfig = NonNullable<RuntimeConfig['demo']>;

export const DEFAULT_CONFIG: RuntimeConfig = { title: DEFAULT_TITLE, defaultRegistry: null, registryChooser: true, demo: null };

export type ParsedConfig =
  | { ok: true; config: RuntimeConfig; /** Things worth a console warning (an ignored demo section). */ notes: string[] }
  | { ok: false; /** One line per problem: `path: message`. */ problems: string[] };

/**
 * Checks a parsed `config.json`. With `allowDemo` false (production builds) a `demo` section
 * is dropped after it was checked, and a note says so.
 */
export function parseRuntimeConfig(json: unknown, { allowDemo }: { allowDemo: boolean }): ParsedConfig {
  if (Array.isArray(json)) return { ok: false, problems: ['config.json must be a JSON object'] };
  const r = v.safeParse(RuntimeConfigSchema, json, { abortEarly: false });
  if (!r.success) {
    return {
      ok: false,
      problems: r.issues.map((issue) => {
        const path = v.getDotPath(issue);
        // messages of field checks already name their field; structural ones get the path
        return path && !issue.message.startsWith(path) ? `${path}: ${issue.message}` : issue.message;
      }),
    };
  }
  if (r.output.demo && !allowDemo) {
    return { ok: true, config: { ...r.output, demo: null }, notes: ['config.json: the "demo" section is ignored outside demo mode (npm start)'] };
  }
  return { ok: true, config: r.output, notes: [] };
}
