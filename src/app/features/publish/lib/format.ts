/**
 * @module
 * Display formatting of the publish page: sizes, durations, a short form of a PEM key.
 * (`formatBytes` mirrors the package feature's; features never import each other.)
 */

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** `1610612736` → `1.5 GiB`. */
export function formatBytes(n: number): string {
  let v = n;
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  return `${(i === 0 ? v : Math.round(v * 10) / 10).toLocaleString('en-US')} ${UNITS[i]}`;
}

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
