import { describe, expect, it } from 'vitest';
import type { SignerInfo } from '../../../../core/rpc/types.ts';
import { encodePrivateKeyPem, encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../../../../core/sign/keys.ts';
import {
  addSignerParams,
  contactError,
  contactLink,
  draftOf,
  editSignerParams,
  fingerprintOf,
  isNoopEdit,
  parseKeyText,
  toContact,
  validateDraft,
} from './signer-form.ts';

const seed1 = generateSeed();
const seed2 = generateSeed();
const K1 = encodePublicKeyPem(publicKeyFromSeed(seed1));
const K2 = encodePublicKeyPem(publicKeyFromSeed(seed2));
const crlf = (pem: string) => pem.replace(/\n/g, '\r\n').trimEnd();

describe('contacts', () => {
  it('validates each kind', () => {
    expect(contactError({ kind: 'email', value: 'alice@example.com' })).toBeNull();
    expect(contactError({ kind: 'email', value: 'mailto:alice@example.com' })).toBeNull();
    expect(contactError({ kind: 'email', value: 'alice' })).toMatch(/email address/);
    expect(contactError({ kind: 'matrix', value: '@alice:example.org' })).toBeNull();
    expect(contactError({ kind: 'matrix', value: 'alice' })).toMatch(/Matrix id/);
    expect(contactError({ kind: 'website', value: 'https://example.com' })).toBeNull();
    expect(contactError({ kind: 'website', value: 'example.com' })).toMatch(/full web address/);
    expect(contactError({ kind: 'website', value: 'ftp://example.com' })).toMatch(/https/);
    expect(contactError({ kind: 'email', value: ' ' })).toMatch(/Enter a value/);
  });

  it('sends the wire form and links each kind', () => {
    expect(toContact({ kind: 'email', value: ' mailto:a@b.co ' })).toEqual({ email: 'a@b.co' });
    expect(contactLink({ email: 'a@b.co' })).toEqual({ kind: 'email', text: 'a@b.co', href: 'mailto:a@b.co' });
    expect(contactLink({ matrix: '@a:b.org' }).href).toBe('https://matrix.to/#/%40a%3Ab.org');
    expect(contactLink({ website: 'https://x.org/' }).href).toBe('https://x.org/');
    expect(contactLink({ website: 'javascript:alert(1)' }).href).toBeNull();
  });
});

describe('parseKeyText', () => {
  it('reads several keys, canonicalizes them and drops duplicates', () => {
    const r = parseKeyText(`${crlf(K1)}\n\nsome note\n${K2}\n${K1}`);
    expect(r.keys).toEqual([K1, K2]);
    expect(r.errors).toEqual([]);
  });

  it('refuses private keys without keeping them', () => {
    const r = parseKeyText(encodePrivateKeyPem(seed1), 'developer.key.pem');
    expect(r.keys).toEqual([]);
    expect(r.errors[0]).toMatch(/developer.key.pem holds a PRIVATE key/);
  });

  it('explains text without a key and malformed keys', () => {
    expect(parseKeyText('hello').errors[0]).toMatch(/no PEM public key/);
    expect(parseKeyText('').errors).toEqual([]);
    expect(parseKeyText('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----').errors[0]).toMatch(/malformed|not an Ed25519/);
    expect(parseKeyText('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----').errors[0]).toMatch(/"CERTIFICATE" block/);
  });

  it('fingerprints keys', () => {
    expect(fingerprintOf(K1)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(fingerprintOf('nope')).toBe('unreadable key');
  });
});

describe('drafts and edit params', () => {
  const original: SignerInfo = { name: 'Alice', contact: [{ email: 'a@x.org' }, { website: 'https://x.org/' }, { email: 'a@x.org' }], keys: [K1] };

  it('validates a draft', () => {
    expect(validateDraft({ name: '', contacts: [{ kind: 'email', value: 'x' }], keys: [] })).toEqual({
      name: 'Enter a name for this signer.',
      contacts: [expect.stringMatching(/email/)],
      keys: expect.stringMatching(/at least one public key/),
    });
    expect(validateDraft(draftOf(original))).toBeNull();
    expect(addSignerParams({ name: ' Bob ', contacts: [{ kind: 'matrix', value: '@b:x.org' }], keys: [K2] })).toEqual({ name: 'Bob', contact: [{ matrix: '@b:x.org' }], keys: [K2] });
  });

  it('an unchanged draft is a no-op with all four arrays present', () => {
    const p = editSignerParams('A', original, draftOf(original));
    expect(p).toEqual({ id: 'A', setName: null, addContact: [], removeContact: [], addKey: [], removeKey: [] });
    expect(isNoopEdit(p)).toBe(true);
  });

  it('diffs name, contacts (as a multiset) and keys (by bytes)', () => {
    const d = draftOf(original);
    d.name = 'Alice B.';
    d.contacts = [{ kind: 'email', value: 'a@x.org' }, { kind: 'matrix', value: '@a:x.org' }];
    d.keys = [crlf(K1), K2];
    const p = editSignerParams('A', original, d);
    expect(p.setName).toBe('Alice B.');
    expect(p.addContact).toEqual([{ matrix: '@a:x.org' }]);
    expect(p.removeContact).toEqual([{ website: 'https://x.org/' }, { email: 'a@x.org' }]);
    expect(p.addKey).toEqual([K2]);
    expect(p.removeKey).toEqual([]);
    expect(editSignerParams('A', original, { ...d, keys: [K2] }).removeKey).toEqual([K1]);
  });
});
