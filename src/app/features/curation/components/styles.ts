/**
 * @module
 * Class names shared by the curation forms (inputs, selects, notes), matching the UI kit.
 */
import { fieldClass, focusRing } from '../../../components/ui.tsx';

export const inputClass = fieldClass;
export const hintClass = 'text-xs text-slate-600 dark:text-slate-400';
export const errorTextClass = 'text-xs text-red-700 dark:text-red-400';
export const warnBoxClass = 'rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100';
export const linkClass = `underline decoration-slate-400 underline-offset-2 hover:decoration-current ${focusRing}`;
