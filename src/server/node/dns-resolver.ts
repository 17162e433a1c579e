/**
 * @module
 * The system resolver as a `HostResolver` (what `fetch` itself would connect to).
 */
import { lookup } from 'node:dns/promises';
import type { HostResolver } from '../ports.ts';

export function nodeResolver(): HostResolver {
  return {
    lookup: async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address),
  };
}
