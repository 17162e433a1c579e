/**
 * @module
 * Fields of the `X-StartOS-Device-Info` header (spec registry-api.md §6). Header keys:
 * `os.version`, `os.compat`, `os.platform`, `os.language`, `hardware.arch`, `hardware.ram`;
 * `hardware` is all or nothing.
 */
import * as v from 'valibot';
import { U64Schema, VersionRangeStringSchema, VersionSchema } from './scalars.ts';

export const DeviceInfoSchema = v.object({
  os: v.object({
    version: VersionSchema,
    /** Range of package `osVersion` values the device can run. */
    compat: VersionRangeStringSchema,
    /** e.g. `x86_64`, `x86_64-nonfree`, `aarch64`, `raspberrypi`. */
    platform: v.string(),
    /** Locale such as `en_US`. */
    language: v.optional(v.string()),
  }),
  /** CPU architecture and RAM in bytes. */
  hardware: v.optional(v.object({ arch: v.string(), ram: U64Schema })),
});

export type DeviceInfo = v.InferOutput<typeof DeviceInfoSchema>;
