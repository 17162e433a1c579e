/**
 * @module
 * Field errors of the create and import forms: shows them, focuses the first invalid field
 * (whose message is tied to it with aria-describedby, so it is read on focus), and maps a
 * mutation error onto its field.
 */
import { useCallback, useState } from 'react';
import { useFocusAfterRender } from './use-focus-after-render.ts';
import { vaultErrorField, vaultErrorMessage, type VaultField } from './vault-error-view.tsx';

export type FieldErrors = Partial<Record<VaultField, string>>;
const ORDER: VaultField[] = ['pem', 'name', 'passphrase', 'confirm'];

export function useFieldErrors(idOf: (field: VaultField) => string) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const focusAfter = useFocusAfterRender();

  /** Shows these errors; returns true when there is at least one. */
  const show = useCallback(
    (next: FieldErrors): boolean => {
      setErrors(next);
      const first = ORDER.find((f) => next[f]);
      if (first) focusAfter(idOf(first));
      return first !== undefined;
    },
    [focusAfter, idOf],
  );

  /** Puts a mutation error under its field; returns false when it belongs to no field. */
  const showError = useCallback(
    (e: unknown): boolean => {
      const field = vaultErrorField(e);
      return field ? show({ [field]: vaultErrorMessage(e) }) : false;
    },
    [show],
  );

  return { errors, show, showError };
}

/** A trimmed-nothing string value from FormData. */
export const formString = (data: FormData, name: string) => {
  const v = data.get(name);
  return typeof v === 'string' ? v : '';
};
