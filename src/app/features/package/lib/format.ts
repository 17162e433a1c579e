/**
 * @module
 * Display formatting for the package page (shared with other asset pages in lib/format-text.ts).
 */
export { formatBytes } from '../../../lib/format-bytes.ts';
export { formatRelative, parseTimestamp, safeHttpUrl, shortenMiddle } from '../../../lib/format-text.ts';
