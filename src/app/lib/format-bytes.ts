/**
 * @module
 * Byte sizes in binary units for every screen: `2147483648` → `2 GiB`, `1610612736` →
 * `1.5 GiB`, `512` → `512 bytes`.
 */

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

export function formatBytes(n: number): string {
  let v = n;
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  const rounded = i === 0 ? v : Math.round(v * 10) / 10;
  return `${rounded.toLocaleString('en-US')} ${UNITS[i]}`;
}
