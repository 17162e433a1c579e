/**
 * @module
 * Display formatting of the publish page: sizes, durations, a short form of a PEM key.
 */

export { formatBytes } from '../../../lib/format-bytes.ts';

/** `75` → `1 min 15 s`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The distinctive middle of a `PUBLIC KEY` PEM (its last 12 Base64 characters). */
export function shortKey(pem: string): string {
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return `…${body.slice(-12)}`;
}
