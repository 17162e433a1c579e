/**
 * @module
 * Class names shared by the curation forms (inputs, selects, notes), matching the UI kit.
 */
import { fieldClass, focusRing } from '../../../components/ui.tsx';

export { errorTextClass, warnBoxClass } from '../../../components/ui.tsx';
export const inputClass = fieldClass;
export const hintClass = 'text-xs text-slate-600 dark:text-slate-400';
export const linkClass = `underline decoration-slate-400 underline-offset-2 hover:decoration-current ${focusRing}`;
