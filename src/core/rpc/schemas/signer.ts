/**
 * @module
 * Signer identities (spec registry-api.md §5.3, `registry/signer.rs`).
 */
import * as v from 'valibot';
import { PublicKeyPemSchema } from './scalars.ts';

const absent = v.optional(v.never());

/** Exactly one of email, Matrix id or website URL (§5.3); a second kind fails like serde's enum. */
export const ContactInfoSchema = v.union([
  v.object({ email: v.string(), matrix: absent, website: absent }),
  v.object({ matrix: v.string(), email: absent, website: absent }),
  v.object({ website: v.string(), email: absent, matrix: absent }),
]);

/** A registered signer identity (§5.3). */
export const SignerInfoSchema = v.object({
  name: v.string(),
  /** Ordered; duplicates possible. */
  contact: v.array(ContactInfoSchema),
  /** A set; order arbitrary and not stable. */
  keys: v.array(PublicKeyPemSchema),
});

export type ContactInfo = v.InferOutput<typeof ContactInfoSchema>;
export type SignerInfo = v.InferOutput<typeof SignerInfoSchema>;
