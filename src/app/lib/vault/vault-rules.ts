/**
 * @module
 * Input rules for the vault, shared by the forms (field messages) and the mutations (which
 * refuse bad input even if a form is bypassed).
 */
import { translate } from '../../i18n/i18n.ts';

export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_NAME_LENGTH = 64;

/** A message for an unacceptable key name, or null. */
export function keyNameProblem(name: string): string | null {
  const n = name.trim();
  if (!n) return translate('keyRules.nameEmpty');
  if ([...n].length > MAX_NAME_LENGTH) return translate('keyRules.nameTooLong', { max: MAX_NAME_LENGTH });
  return null;
}

/** A message for an unacceptable new passphrase, or null. Counts characters, not bytes. */
export function passphraseProblem(passphrase: string): string | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return translate('keyRules.passphraseShort', { min: MIN_PASSPHRASE_LENGTH });
  return null;
}

/** Field messages for a new passphrase and its confirmation (empty object when both are fine). */
export function newPassphraseProblems(passphrase: string, confirm: string): { passphrase?: string; confirm?: string } {
  const p = passphraseProblem(passphrase);
  if (p) return { passphrase: p };
  if (passphrase !== confirm) return { confirm: translate('keyRules.passphraseMismatch') };
  return {};
}

/** Same name ignoring case and surrounding spaces (names must be told apart when deleting). */
export function sameKeyName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** A suggested key name from a file name: `developer.key.pem` → `developer`. */
export function nameFromFileName(fileName: string): string {
  return fileName.replace(/(\.key)?\.pem$/i, '').replace(/\.(key|txt)$/i, '').slice(0, MAX_NAME_LENGTH);
}
