/**
 * @module
 * The signer form's model (spec/registry-api.md §4.7, §5.3): contacts (email, Matrix id,
 * website), public keys read from pasted text or dropped PEM files, and the four arrays
 * `admin.signer.edit` needs. Pure. Key comparison and the duplicate-key check the registry
 * applies only on `add` live in core/registry/signer-directory.ts.
 */
import { isCoreError } from '../../../../core/errors.ts';
import type { ContactInfo, SignerInfo } from '../../../../core/rpc/types.ts';
import { sameKey } from '../../../../core/registry/signer-directory.ts';
import { canonicalPublicKeyPem, keyFingerprint, parsePublicKeyPem } from '../../../../core/sign/keys.ts';
import { translate, type MessageKey } from '../../../i18n/i18n.ts';

export type ContactKind = 'email' | 'matrix' | 'website';
export interface ContactDraft {
  kind: ContactKind;
  value: string;
}

export const CONTACT_LABELS: Record<ContactKind, MessageKey> = { email: 'signer.contactEmail', matrix: 'signer.contactMatrix', website: 'signer.contactWebsite' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MATRIX = /^@[^\s:]+:[^\s:]+(?::\d+)?$/;

/** Why a contact is not valid, or null. The registry parses websites as absolute URLs. */
export function contactError({ kind, value }: ContactDraft): string | null {
  const v = value.trim();
  if (v === '') return translate('signer.contactEmpty');
  if (kind === 'email') return EMAIL.test(v.replace(/^mailto:/i, '')) ? null : translate('signer.contactBadEmail');
  if (kind === 'matrix') return MATRIX.test(v) ? null : translate('signer.contactBadMatrix');
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? null : translate('signer.contactBadScheme');
  } catch {
    return translate('signer.contactBadUrl');
  }
}

/** The wire form of a valid draft (email without a `mailto:` prefix). */
export function toContact({ kind, value }: ContactDraft): ContactInfo {
  const v = value.trim();
  if (kind === 'email') return { email: v.replace(/^mailto:/i, '') };
  if (kind === 'matrix') return { matrix: v };
  return { website: v };
}

export function fromContact(c: ContactInfo): ContactDraft {
  if (c.email !== undefined) return { kind: 'email', value: c.email };
  if (c.matrix !== undefined) return { kind: 'matrix', value: c.matrix };
  return { kind: 'website', value: c.website ?? '' };
}

/** Link and text of a contact: `mailto:` for email, matrix.to for Matrix ids, the URL itself. */
export function contactLink(c: ContactInfo): { kind: ContactKind; text: string; href: string | null } {
  const d = fromContact(c);
  if (d.kind === 'email') return { kind: d.kind, text: d.value, href: `mailto:${d.value}` };
  if (d.kind === 'matrix') return { kind: d.kind, text: d.value, href: MATRIX.test(d.value) ? `https://matrix.to/#/${encodeURIComponent(d.value)}` : null };
  let href: string | null = null;
  try {
    const u = new URL(d.value);
    if (u.protocol === 'http:' || u.protocol === 'https:') href = u.href;
  } catch {
    href = null;
  }
  return { kind: d.kind, text: d.value, href };
}

export interface KeyParse {
  /** Canonical PEMs, in order, without duplicates. */
  keys: string[];
  errors: string[];
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/**
 * Reads every `PUBLIC KEY` PEM block in `text` (several pasted keys, or a dropped file). A
 * private key is refused with a clear message and never kept: it must not be sent anywhere.
 */
export function parseKeyText(text: string, source = translate('signer.pastedText')): KeyParse {
  const out: KeyParse = { keys: [], errors: [] };
  const blocks = [...text.matchAll(BLOCK)];
  if (blocks.length === 0) {
    if (text.trim() !== '') out.errors.push(translate('signer.noPem', { source }));
    return out;
  }
  for (const [pem, label] of blocks) {
    if (label !== 'PUBLIC KEY') {
      out.errors.push(
        /PRIVATE/.test(label ?? '')
          ? translate('signer.privateKey', { source })
          : translate('signer.otherBlock', { source, label: label ?? '' }),
      );
      continue;
    }
    try {
      const canonical = canonicalPublicKeyPem(pem);
      if (!out.keys.includes(canonical)) out.keys.push(canonical);
    } catch (e) {
      out.errors.push(translate(isCoreError(e) && e.code === 'KEY_BAD_DER' ? 'signer.notEd25519' : 'signer.malformedKey', { source }));
    }
  }
  return out;
}

/** `SHA256:…` fingerprint of a PEM (or the text "unreadable key"). */
export function fingerprintOf(pem: string): string {
  try {
    return keyFingerprint(parsePublicKeyPem(pem));
  } catch {
    return translate('signer.unreadableKey');
  }
}

export interface SignerDraft {
  name: string;
  contacts: ContactDraft[];
  keys: string[];
}

export function draftOf(s: SignerInfo): SignerDraft {
  return { name: s.name, contacts: s.contact.map(fromContact), keys: [...s.keys] };
}

export interface DraftErrors {
  name?: string;
  contacts: (string | null)[];
  keys?: string;
}

export function validateDraft(d: SignerDraft): DraftErrors | null {
  const errors: DraftErrors = { contacts: d.contacts.map(contactError) };
  if (d.name.trim() === '') errors.name = translate('signer.nameEmpty');
  if (d.keys.length === 0) errors.keys = translate('signer.noKeys');
  return errors.name || errors.keys || errors.contacts.some(Boolean) ? errors : null;
}

/** `admin.signer.add` params for a valid draft. */
export function addSignerParams(d: SignerDraft): SignerInfo {
  return { name: d.name.trim(), contact: d.contacts.map(toContact), keys: d.keys };
}

const contactKey = (c: ContactInfo) => JSON.stringify(Object.entries(c));

/**
 * `admin.signer.edit` params turning `original` into `draft`: all four arrays are always present
 * (the registry requires them). Contacts are diffed as multisets (the registry appends additions,
 * then removes the first equal entry per removal); keys by key bytes.
 */
export function editSignerParams(id: string, original: SignerInfo, d: SignerDraft) {
  const name = d.name.trim();
  const want = d.contacts.map(toContact);
  const have = [...original.contact];
  const addContact: ContactInfo[] = [];
  for (const c of want) {
    const i = have.findIndex((h) => contactKey(h) === contactKey(c));
    if (i >= 0) have.splice(i, 1);
    else addContact.push(c);
  }
  const removeContact = have;
  const addKey = d.keys.filter((k) => !original.keys.some((o) => sameKey(o, k)));
  const removeKey = original.keys.filter((o) => !d.keys.some((k) => sameKey(o, k)));
  return { id, setName: name !== original.name ? name : null, addContact, removeContact, addKey, removeKey };
}

/** True when the edit params change nothing. */
export function isNoopEdit(p: ReturnType<typeof editSignerParams>): boolean {
  return p.setName === null && p.addContact.length + p.removeContact.length + p.addKey.length + p.removeKey.length === 0;
}
