/**
 * @module
 * `admin.*` methods (spec/registry-api.md §4.7): signers (list/add/edit/remove with the
 * removal cascade) and the admin set.
 */
import type { ContactInfo, SignerInfo } from '../../core/rpc/types.ts';
import type { MethodHandler } from '../context.ts';
import { arrayOf, obj, optional, required, str, type Params } from '../params.ts';
import { invalidParams, invalidRequest, notFound } from '../rpc-error.ts';
import { canonicalKey, newGuid } from '../signers.ts';

function contact(v: unknown, key: string): ContactInfo {
  const o = obj(v, key);
  const keys = Object.keys(o);
  const kind = keys[0];
  if (keys.length !== 1 || (kind !== 'email' && kind !== 'matrix' && kind !== 'website')) {
    throw invalidParams(`unknown variant \`${keys.join(',')}\`, expected one of \`email\`, \`matrix\`, \`website\` for \`${key}\``);
  }
  const value = str(o[kind], `${key}.${kind}`);
  if (kind === 'website') {
    try {
      return { website: new URL(value).href };
    } catch {
      throw invalidParams(`relative URL without a base: ${value} for \`${key}\``);
    }
  }
  return kind === 'email' ? { email: value } : { matrix: value };
}

const contacts = arrayOf(contact);
const keyList = (p: Params, k: string) => required(p, k, arrayOf(str)).map((pem, i) => canonicalKey(pem, `${k}[${i}]`));
const sameContact = (a: ContactInfo, b: ContactInfo) => JSON.stringify(a) === JSON.stringify(b);

export const adminSignerList: MethodHandler = (_p, ctx) => ctx.store.db.index.signers;

export const adminSignerAdd: MethodHandler = async (p, ctx) => {
  const info: SignerInfo = {
    name: required(p, 'name', str),
    contact: required(p, 'contact', contacts),
    keys: [...new Set(keyList(p, 'keys'))],
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

export const adminSignerEdit: MethodHandler = async (p, ctx) => {
  const id = required(p, 'id', str);
  const setName = optional(p, 'setName', str);
  const addContact = required(p, 'addContact', contacts);
  const addKey = keyList(p, 'addKey');
  const removeContact = required(p, 'removeContact', contacts);
  const removeKey = keyList(p, 'removeKey');
  await ctx.store.mutate((db) => {
    const s = db.index.signers[id];
    if (!s) throw notFound(id);
    if (setName !== undefined) s.name = setName;
    s.contact.push(...addContact);
    for (const c of removeContact) {
      const i = s.contact.findIndex((x) => sameContact(x, c));
      if (i >= 0) s.contact.splice(i, 1);
    }
    s.keys = [...new Set([...s.keys, ...addKey])].filter((k) => !removeKey.includes(k));
  });
  return null;
};

export const adminSignerRemove: MethodHandler = async (p, ctx) => {
  const id = required(p, 'id', str);
  await ctx.store.mutate((db) => {
    if (!db.index.signers[id]) throw notFound('Unknown signer');
    delete db.index.signers[id];
    for (const pkg of Object.values(db.index.package.packages)) delete pkg.authorized[id];
    for (const os of Object.values(db.index.os.versions)) os.authorized = os.authorized.filter((g) => g !== id);
    db.admins = db.admins.filter((g) => g !== id);
  });
  return null;
};

export const adminAdd: MethodHandler = async (p, ctx) => {
  const signer = required(p, 'signer', str);
  await ctx.store.mutate(
    (db) => {
      if (!db.index.signers[signer]) throw invalidRequest(`unknown signer ${signer}`);
      if (db.admins.includes(signer)) return false;
      db.admins.push(signer);
      return true;
    },
    (changed) => changed,
  );
  return null;
};

export const adminRemove: MethodHandler = async (p, ctx) => {
  const signer = required(p, 'signer', str);
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

export const adminList: MethodHandler = (_p, ctx) => {
  const { signers } = ctx.store.db.index;
  const out: Record<string, SignerInfo> = {};
  for (const guid of ctx.store.db.admins) if (signers[guid]) out[guid] = signers[guid];
  return out;
};
