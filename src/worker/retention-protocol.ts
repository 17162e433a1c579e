/**
 * @module
 * Messages between the page and the retention worker (issue 17 item 5): the page posts the
 * packages of an index a chunk at a time (in id order, only what planning reads of them,
 * copied) with the rules; the worker
 * answers each chunk with that chunk's part of the plan (core/registry/retention.ts
 * `planPackages`; the page merges the parts) or the CoreError as plain data (style.md §2.3).
 */
import { planPackages, type RetentionPlan, type RetentionRules } from '../core/registry/retention.ts';
import type { PackageFacts } from '../core/registry/update-paths.ts';
import { toWireError, type WireError } from './protocol.ts';

export interface RetentionRequest {
  id: number;
  /** Only what planning reads of each package (core `packageFacts`). */
  packages: [string, PackageFacts][];
  rules: RetentionRules;
}

export type RetentionResponse = { id: number; ok: true; plan: RetentionPlan } | { id: number; ok: false; error: WireError };

/** The worker's job for one chunk. */
export function retentionRequest(req: RetentionRequest): RetentionResponse {
  try {
    return { id: req.id, ok: true, plan: planPackages(req.packages, req.rules) };
  } catch (e) {
    return { id: req.id, ok: false, error: toWireError(e) };
  }
}
