/**
 * @module
 * Answers checked while they arrive (issue 12 item 3): the packages of a streamed
 * `package.index` are parsed and checked one by one as each one's text is complete
 * (core/json/member-split.ts), so when the last byte of a 24 MiB index arrives only its last
 * packages and the small rest are left. The result is the one the whole-answer check gives;
 * whenever the split cannot promise that (a package that fails its check, a duplicate key, an
 * error answer, text that is not JSON), it returns `null` and the caller checks the whole text
 * as before, so every error keeps its code, message and field path.
 */
import * as v from 'valibot';
import { splitMembers } from '../json/member-split.ts';
import { digestFromPackages, digestPackage, type PackageDigest } from '../registry/package-digest.ts';
import type { AnswerDigest, PreviewListener } from './answer-digest.ts';
import { decodeResponse } from './envelope.ts';
import type { MethodName, ResultOf } from './methods.ts';
import { PackageIndexShellSchema, PackageInfoSchema, type PackageInfo } from './schemas/package.ts';

/** The answer of one call, checked piece by piece as its text arrives. */
export interface AnswerSplit<M extends MethodName> {
  /** The next piece of the answer's text. */
  push(text: string): void;
  /** The checked result, or `null`: then check the whole text instead. */
  finish(): ResultOf<M> | null;
  /**
   * After a `finish` that gave a result, and when the split was asked to digest: the result's
   * digest, made package by package as they arrived; otherwise `null`.
   */
  digest(): AnswerDigest | null;
}

interface Plan {
  /** Where the members checked one by one are, from the top of the JSON-RPC answer. */
  path: readonly string[];
  member: v.GenericSchema;
  /** The result's schema, with the members' values taken as already checked. */
  shell: v.GenericSchema;
}

const PLANS: Partial<Record<MethodName, Plan>> = {
  'package.index': { path: ['result', 'packages'], member: PackageInfoSchema, shell: PackageIndexShellSchema },
};

/**
 * A split check of an answer to `method`, or `null` for a method checked whole. With
 * `onPreview`, the digests of the packages checked so far go to it after a piece, in batches
 * that grow as the answer does (each at least as large as everything sent before it), so a
 * large index makes about a dozen previews, not one per package. With `digests` (or
 * `onPreview`) each package is digested as it is checked, for {@link AnswerSplit.digest}.
 */
export function answerSplit<M extends MethodName>(method: M, onPreview?: PreviewListener, digests = false): AnswerSplit<M> | null {
  const plan = PLANS[method];
  if (!plan) return null;
  const digesting = digests || onPreview !== undefined;
  const cards: PackageDigest[] = [];
  let waiting: PackageDigest[] = [];
  let sent = 0;
  let finished: ResultOf<M> | null = null;
  const split = splitMembers(plan.path, (key, value) => {
    const checked = v.safeParse(plan.member, value, { abortEarly: true });
    // Throwing makes the split give up: no member after this one is checked or previewed.
    if (!checked.success) throw new Error('the member fails its check');
    if (digesting) {
      const card = digestPackage(key, checked.output as PackageInfo);
      cards.push(card);
      if (onPreview) waiting.push(card);
    }
    return checked.output;
  });
  const preview = () => {
    const batch = waiting;
    waiting = [];
    sent += batch.length;
    try {
      onPreview?.(batch);
    } catch {
      // the listener's problem; the answer is still checked
    }
  };
  return {
    push(text) {
      split.push(text);
      if (waiting.length > 0 && waiting.length >= sent) preview();
    },
    finish() {
      const answer = split.finish();
      if (answer === null) return null;
      let result: unknown;
      try {
        result = decodeResponse(method, answer);
      } catch {
        return null;
      }
      const checked = v.safeParse(plan.shell, result, { abortEarly: true });
      finished = checked.success ? (checked.output as ResultOf<M>) : null;
      return finished;
    },
    digest() {
      if (!digesting || finished === null || method !== 'package.index') return null;
      return digestFromPackages(cards, (finished as ResultOf<'package.index'>).categories);
    },
  };
}
