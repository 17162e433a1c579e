import { describe, expect, it } from 'vitest';
import type { HardwareRequirements } from '../../core/rpc/types.ts';
import { hardwareLabel } from './hardware-label.ts';

const hw = (arch: string[] | null, ram: number | null = null, devices = 0): HardwareRequirements => ({
  arch,
  ram,
  device: Array.from({ length: devices }, () => ({ class: 'display' as const, description: 'a display', product: null, vendor: null, capabilities: null, driver: null })),
});

describe('hardwareLabel', () => {
  it('describes hardware for humans, in English by default', () => {
    expect(hardwareLabel(hw(['x86_64', 'aarch64'], 4 * 2 ** 30, 1))).toBe('aarch64, x86_64 · ≥ 4 GiB RAM · 1 device filter');
    expect(hardwareLabel(hw(null))).toBe('any architecture');
  });
});
