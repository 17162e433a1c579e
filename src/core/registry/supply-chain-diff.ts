/**
 * @module
 * The supply-chain diff (issue #14 item 4): what changed between the version a registry holds
 * and the one about to supersede it, ranked by risk. A different developer key (the key that
 * signed the `.s9pk` itself) is always first; then repository URLs, dependencies, hardware
 * flags, plugins, architectures and images, minimum OS version and license. Pure.
 */
import { compareVersion, parseVersion } from '../exver/index.ts';
import { HARDWARE_FLAGS, type HardwareFlag, type SupplyChainFacts } from './supply-chain-facts.ts';

export type ChangeRisk = 'critical' | 'high' | 'medium' | 'low';

export type SupplyChainChange = { risk: ChangeRisk } & (
  /** Keys that signed the new archives and none of the previous ones. */
  | { kind: 'developer-key'; before: string[]; after: string[]; added: string[] }
  /** One side's developer key could not be read, so the key check was not possible. */
  | { kind: 'developer-key-unknown'; side: 'before' | 'after' }
  | { kind: 'repository'; field: 'packageRepo' | 'upstreamRepo'; before: string; after: string }
  | { kind: 'dependency-added'; id: string; optional: boolean }
  | { kind: 'dependency-removed'; id: string }
  | { kind: 'dependency-optional'; id: string; before: boolean; after: boolean }
  | { kind: 'hardware-flag'; flag: HardwareFlag; after: boolean }
  | { kind: 'plugin-added' | 'plugin-removed'; plugin: string }
  | { kind: 'architecture-added' | 'architecture-removed'; arch: string }
  | { kind: 'image-added' | 'image-removed'; image: string }
  | { kind: 'os-version'; before: string | null; after: string | null; lowered: boolean }
  | { kind: 'license'; before: string; after: string }
);

export type ChangeKind = SupplyChainChange['kind'];

const RISK_ORDER: Record<ChangeRisk, number> = { critical: 0, high: 1, medium: 2, low: 3 };
/** Ties within one risk level follow the order of concern. */
const KIND_ORDER: ChangeKind[] = [
  'developer-key',
  'developer-key-unknown',
  'repository',
  'dependency-added',
  'dependency-removed',
  'dependency-optional',
  'hardware-flag',
  'plugin-added',
  'plugin-removed',
  'architecture-added',
  'architecture-removed',
  'image-added',
  'image-removed',
  'os-version',
  'license',
];

function setDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const b = new Set(before);
  const a = new Set(after);
  return { added: [...a].filter((x) => !b.has(x)).sort(), removed: [...b].filter((x) => !a.has(x)).sort() };
}

function osLowered(before: string | null, after: string | null): boolean {
  if (before === null || after === null) return false;
  try {
    return compareVersion(parseVersion(after), parseVersion(before)) < 0;
  } catch {
    return false;
  }
}

function developerKeyChanges(before: SupplyChainFacts, after: SupplyChainFacts): SupplyChainChange[] {
  if (after.developerKeys === null) return [{ kind: 'developer-key-unknown', side: 'after', risk: 'medium' }];
  if (before.developerKeys === null) return [{ kind: 'developer-key-unknown', side: 'before', risk: 'medium' }];
  const { added } = setDiff(before.developerKeys, after.developerKeys);
  if (added.length === 0) return [];
  return [{ kind: 'developer-key', before: before.developerKeys, after: after.developerKeys, added, risk: 'critical' }];
}

function dependencyChanges(before: SupplyChainFacts, after: SupplyChainFacts): SupplyChainChange[] {
  const out: SupplyChainChange[] = [];
  const ids = setDiff(Object.keys(before.dependencies), Object.keys(after.dependencies));
  for (const id of ids.added) {
    const optional = after.dependencies[id]!.optional;
    out.push({ kind: 'dependency-added', id, optional, risk: optional ? 'medium' : 'high' });
  }
  for (const id of ids.removed) out.push({ kind: 'dependency-removed', id, risk: 'low' });
  for (const id of Object.keys(after.dependencies).sort()) {
    const b = Object.hasOwn(before.dependencies, id) ? before.dependencies[id]! : null;
    const a = after.dependencies[id]!;
    if (b !== null && b.optional !== a.optional) {
      out.push({ kind: 'dependency-optional', id, before: b.optional, after: a.optional, risk: a.optional ? 'low' : 'medium' });
    }
  }
  return out;
}

function setChanges<K extends 'plugin' | 'architecture' | 'image'>(
  kind: K,
  before: readonly string[],
  after: readonly string[],
  risk: { added: ChangeRisk; removed: ChangeRisk },
): SupplyChainChange[] {
  const { added, removed } = setDiff(before, after);
  const make = (which: 'added' | 'removed', name: string): SupplyChainChange => {
    const r = risk[which];
    if (kind === 'plugin') return { kind: `plugin-${which}`, plugin: name, risk: r };
    if (kind === 'architecture') return { kind: `architecture-${which}`, arch: name, risk: r };
    return { kind: `image-${which}`, image: name, risk: r };
  };
  return [...added.map((n) => make('added', n)), ...removed.map((n) => make('removed', n))];
}

/** The name a change is sorted by after risk and kind. */
function subject(c: SupplyChainChange): string {
  switch (c.kind) {
    case 'repository':
      return c.field;
    case 'dependency-added':
    case 'dependency-removed':
    case 'dependency-optional':
      return c.id;
    case 'hardware-flag':
      return c.flag;
    case 'plugin-added':
    case 'plugin-removed':
      return c.plugin;
    case 'architecture-added':
    case 'architecture-removed':
      return c.arch;
    case 'image-added':
    case 'image-removed':
      return c.image;
    default:
      return '';
  }
}

/** Sorts changes: risk, then the order of concern, then by name. */
export function rankChanges(changes: readonly SupplyChainChange[]): SupplyChainChange[] {
  return [...changes].sort(
    (a, b) =>
      RISK_ORDER[a.risk] - RISK_ORDER[b.risk] ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (subject(a) < subject(b) ? -1 : subject(a) > subject(b) ? 1 : 0),
  );
}

/** Every supply-chain change from `before` (the superseded version) to `after`, ranked. */
export function diffSupplyChain(before: SupplyChainFacts, after: SupplyChainFacts): SupplyChainChange[] {
  const out: SupplyChainChange[] = [...developerKeyChanges(before, after)];
  for (const field of ['packageRepo', 'upstreamRepo'] as const) {
    if (before[field] !== after[field]) out.push({ kind: 'repository', field, before: before[field], after: after[field], risk: 'high' });
  }
  out.push(...dependencyChanges(before, after));
  for (const flag of HARDWARE_FLAGS) {
    if (before.flags[flag] !== after.flags[flag]) out.push({ kind: 'hardware-flag', flag, after: after.flags[flag], risk: after.flags[flag] ? 'high' : 'low' });
  }
  out.push(...setChanges('plugin', before.plugins, after.plugins, { added: 'medium', removed: 'low' }));
  out.push(...setChanges('architecture', before.architectures, after.architectures, { added: 'low', removed: 'low' }));
  if (before.images !== null && after.images !== null) {
    out.push(...setChanges('image', Object.keys(before.images), Object.keys(after.images), { added: 'medium', removed: 'low' }));
  }
  if (before.osVersion !== after.osVersion) {
    out.push({ kind: 'os-version', before: before.osVersion, after: after.osVersion, lowered: osLowered(before.osVersion, after.osVersion), risk: 'low' });
  }
  if (before.license !== after.license) out.push({ kind: 'license', before: before.license, after: after.license, risk: 'medium' });
  return rankChanges(out);
}
