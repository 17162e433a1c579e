/**
 * @module
 * A valibot `record` that keeps every own key. valibot's `record` skips `__proto__`,
 * `prototype` and `constructor` (to protect the objects it builds), so a registry's package
 * `constructor` or category `__proto__` vanished from validated answers while upstream shows
 * them. This wrapper checks those entries with the same key and value schemas and adds them as
 * own properties (see core/registry/own-key.ts), with the same issue paths.
 */
import * as v from 'valibot';
import { setOwn } from '../../registry/own-key.ts';

const SKIPPED = ['__proto__', 'prototype', 'constructor'] as const;

type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;
type KeySchema = v.BaseSchema<string, string, v.BaseIssue<unknown>>;
type Dataset = { typed: boolean; value: unknown; issues?: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]] };
type Run = (dataset: Dataset, config: v.Config<v.BaseIssue<unknown>>) => Dataset;

function runOf(schema: AnySchema): Run {
  return schema['~run'].bind(schema) as unknown as Run;
}

/** `v.record(key, value)` that also keeps (and checks) `__proto__`, `prototype`, `constructor`. */
export function ownRecord<K extends KeySchema, V extends AnySchema>(key: K, value: V): v.RecordSchema<K, V, undefined> {
  const inner = v.record(key, value);
  const base = runOf(inner);
  const schema: v.RecordSchema<K, V, undefined> = Object.create(inner);
  const run: Run = (dataset, config) => {
    const input = dataset.value;
    const out = base(dataset, config);
    if (!input || typeof input !== 'object' || !out.value || typeof out.value !== 'object') return out;
    for (const k of SKIPPED) {
      if (!Object.hasOwn(input, k) || (out.issues && config.abortEarly)) continue;
      const entry: unknown = Reflect.get(input, k);
      for (const [origin, part, checked] of [
        ['key', key, k],
        ['value', value, entry],
      ] as const) {
        const result = runOf(part)({ typed: false, value: checked }, config);
        if (result.issues) {
          const pathItem = { type: 'object', origin, input, key: k, value: entry } as const;
          const moved = result.issues.map((issue) => ({ ...issue, path: [pathItem, ...(issue.path ?? [])] }));
          out.issues = [...(out.issues ?? []), ...moved] as Dataset['issues'];
          out.typed = false;
        } else if (origin === 'value') {
          setOwn(out.value as Record<string, unknown>, k, result.value);
        }
      }
    }
    return out;
  };
  Object.defineProperty(schema, '~run', { value: run });
  return schema;
}
