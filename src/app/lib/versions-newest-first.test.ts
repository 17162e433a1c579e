import { describe, expect, it } from 'vitest';
import { versionsNewestFirst } from './versions-newest-first.ts';

describe('versionsNewestFirst', () => {
  it('orders versions by exver, not by text', () => {
    expect(versionsNewestFirst(['1.10.0:0', '1.9.0:0', '1.10.0:1', 'bad'])).toEqual(['1.10.0:1', '1.10.0:0', '1.9.0:0', 'bad']);
  });
});
