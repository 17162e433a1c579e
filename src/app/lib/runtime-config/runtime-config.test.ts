import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './config-schema.ts';
import { homeRoute, landingRoute } from './runtime-config.ts';

const store = { ...DEFAULT_CONFIG, defaultRegistry: 'https://registry.example.com' };
const storeBrowse = `/r/${encodeURIComponent('https://registry.example.com')}`;

describe('landingRoute', () => {
  it("lands a visitor arriving on the home route on the default registry's packages", () => {
    expect(landingRoute(store, '/')).toBe(storeBrowse);
    expect(landingRoute(store, '')).toBe(storeBrowse);
  });

  it('keeps deep links, and stays home without a default registry', () => {
    expect(landingRoute(store, '/keys')).toBeNull();
    expect(landingRoute(DEFAULT_CONFIG, '/')).toBeNull();
  });
});

describe('homeRoute', () => {
  it('is the chooser, unless config.json hides it', () => {
    expect(homeRoute(store)).toBe('/');
    expect(homeRoute({ ...store, registryChooser: false })).toBe(storeBrowse);
  });
});
