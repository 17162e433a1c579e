/**
 * @module
 * Small indexes for the curation unit tests (imported by *.test.ts only). Only the fields the
 * curation code reads are meaningful; every version carries the spec §5.5 example's metadata,
 * so the index passes the client's answer validation.
 */
import type { PackageIndex, PackageInfo, PackageVersionInfo } from '../../../../core/rpc/types.ts';
import * as v from 'valibot';
import { PackageVersionInfoSchema } from '../../../../core/rpc/schemas/package.ts';
import json from '../../../../core/rpc/vectors/example-index.json';

const VERSION: PackageVersionInfo = v.parse(PackageVersionInfoSchema, json.package.packages['hello-world'].versions['1.0.0:0']);

export function pkg(categories: string[], versions: string[] = [], authorized: Record<string, string> = {}): PackageInfo {
  return {
    authorized,
    categories,
    versions: Object.fromEntries(versions.map((v) => [v, structuredClone(VERSION)])),
  };
}

export function index(packages: Record<string, PackageInfo>, categories: string[] = []): PackageIndex {
  return { packages, categories: Object.fromEntries(categories.map((c) => [c, { name: { en_US: c } }])) };
}
