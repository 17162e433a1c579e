/**
 * @module
 * `admin.*` methods (spec/registry-api.md §4.7): signers (list/add/edit/remove with the
 * removal cascade) and the admin set.
 */
import type { ContactInfo, SignerInfo } from '../../core/rpc/types.ts';
import type { MethodHandler } from '../context.ts';
import { invalidParams, invalidRequest, notFound } from '../rpc-error.ts';
import { canonicalKey, newGuid } from '../signers.ts';
import { hasOwnKey, ownValue, setOwn } from '../../core/registry/own-key.ts';

/** A decoded contact with its website URL normalized like upstream's `Url` (§5.3). */
function contact(c: ContactInfo, key: string): ContactInfo {
  if (c.website === undefined) return c;
  try {
    return { website: new URL(c.website).href };
  } catch {
    throw invalidParams(`relative URL without a base: ${c.website} for \`${key}\``);
  }
}

const contacts = (list: ContactInfo[], k: string) => list.map((c, i) => contact(c, `${k}[${i}]`));
const keyList = (pems: string[], k: string) => pems.map((pem, i) => canonicalKey(pem, `${k}[${i}]`));
const sameContact = (a: ContactInfo, b: ContactInfo) => JSON.stringify(a) === JSON.stringify(b);

export const adminSignerList: MethodHandler<'admin.signer.list'> = (_p, ctx) => ctx.store.db.index.signers;

export const adminSignerAdd: MethodHandler<'admin.signer.add'> = async (p, ctx) => {
  const info: SignerInfo = {
    name: p.name,
    contact: contacts(p.contact, 'contact'),
    keys: [...new Set(keyList(p.keys, 'keys'))],
  };
  return ctx.store.mutate((db) => {
    for (const [guid, other] of Object.entries(db.index.signers)) {
      if (info.keys.some((k) => other.keys.includes(k))) {
        throw invalidRequest(`A signer ${guid} (${other.name}) already exists with a matching key`);
      }
    }
    const guid = newGuid();
    db.index.signers[guid] = info;
    return guid;
  });
};

export const adminSignerEdit: MethodHandler<'admin.signer.edit'> = async (p, ctx) => {
  const { id, setName } = p;
  const addContact = contacts(p.addContact, 'addContact');
  const addKey = keyList(p.addKey, 'addKey');
  const removeContact = contacts(p.removeContact, 'removeContact');
  const removeKey = keyList(p.removeKey, 'removeKey');
  await ctx.store.mutate((db) => {
    const s = ownValue(db.index.signers, id);
    if (!s) throw notFound(id);
    if (setName != null) s.name = setName;
    s.contact.push(...addContact);
    for (const c of removeContact) {
      const i = s.contact.findIndex((x) => sameContact(x, c));
      if (i >= 0) s.contact.splice(i, 1);
    }
    s.keys = [...new Set([...s.keys, ...addKey])].filter((k) => !removeKey.includes(k));
  });
  return null;
};

export const adminSignerRemove: MethodHandler<'admin.signer.remove'> = async ({ id }, ctx) => {
  await ctx.store.mutate((db) => {
    if (!hasOwnKey(db.index.signers, id)) throw notFound('Unknown signer');
    delete db.index.signers[id];
    for (const pkg of Object.values(db.index.package.packages)) delete pkg.authorized[id];
    for (const os of Object.values(db.index.os.versions)) os.authorized = os.authorized.filter((g) => g !== id);
    db.admins = db.admins.filter((g) => g !== id);
  });
  return null;
};

export const adminAdd: MethodHandler<'admin.add'> = async ({ signer }, ctx) => {
  await ctx.store.mutate(
    (db) => {
      if (!hasOwnKey(db.index.signers, signer)) throw invalidRequest(`unknown signer ${signer}`);
      if (db.admins.includes(signer)) return false;
      db.admins.push(signer);
      return true;
    },
    (changed) => changed,
  );
  return null;
};

export const adminRemove: MethodHandler<'admin.remove'> = async ({ signer }, ctx) => {
  await ctx.store.mutate(
    (db) => {
      const before = db.admins.length;
      db.admins = db.admins.filter((g) => g !== signer);
      return db.admins.length !== before;
    },
    (changed) => changed,
  );
  return null;
};

export const adminList: MethodHandler<'admin.list'> = (_p, ctx) => {
  const { signers } = ctx.store.db.index;
  const out: Record<string, SignerInfo> = {};
  for (const guid of ctx.store.db.admins) {
    const info = ownValue(signers, guid);
    if (info) setOwn(out, guid, info);
  }
  return out;
};
