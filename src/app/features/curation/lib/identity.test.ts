import { describe, expect, it } from 'vitest';
import { formatKiB, iconDataUrl, iconFileError, iconMime, nameError, nameLength, NAME_MAX } from './identity.ts';

describe('registry name', () => {
  it('counts characters as code points and limits to 32', () => {
    expect(nameLength('🚀 Registry')).toBe(10);
    expect(nameError('x'.repeat(NAME_MAX))).toBeNull();
    expect(nameError('x'.repeat(NAME_MAX + 1))).toBe('The name is 33 characters long; the limit is 32.');
    expect(nameError('   ')).toBe('Enter a name.');
  });
});

describe('registry icon', () => {
  it('accepts images up to 100 KiB, by type or extension', () => {
    expect(iconMime({ name: 'a.png', type: 'image/png' })).toBe('image/png');
    expect(iconMime({ name: 'a.svg', type: '' })).toBe('image/svg+xml');
    expect(iconMime({ name: 'a.txt', type: 'text/plain' })).toBeNull();
    expect(iconFileError({ name: 'a.png', type: 'image/png', size: 100 * 1024 })).toBeNull();
    expect(iconFileError({ name: 'big.png', type: 'image/png', size: 100 * 1024 + 1 })).toBe(
      '"big.png" is 100 KiB (102,401 bytes); the limit is 100 KiB (102,400 bytes). Shrink or compress it first.',
    );
    expect(iconFileError({ name: 'big.png', type: 'image/png', size: 150 * 1024 })).toMatch(/is 150 KiB/);
    expect(iconFileError({ name: 'notes.txt', type: 'text/plain', size: 10 })).toMatch(/not an image/);
    expect(iconFileError({ name: 'e.png', type: 'image/png', size: 0 })).toMatch(/empty/);
    expect(formatKiB(512)).toBe('512 bytes');
  });

  it('builds a data URL with padded standard Base64', () => {
    expect(iconDataUrl(new Uint8Array([0xfb, 0xff]), 'image/png')).toBe('data:image/png;base64,+/8=');
    expect(iconDataUrl(new Uint8Array([1, 2, 3]), 'image/svg+xml')).toBe('data:image/svg+xml;base64,AQID');
  });
});
