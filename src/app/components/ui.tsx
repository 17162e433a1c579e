/**
 * @module
 * The small shared UI kit: buttons, panels, badges, spinner, fields. No data fetching.
 */
import type {
  ComponentPropsWithRef,
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
} from 'react';
import { isInlineImage } from '../lib/inline-image.ts';
import { useT } from '../i18n/i18n.ts';

type Tone = 'primary' | 'secondary' | 'danger' | 'ghost';
const BUTTON: Record<Tone, string> = {
  primary:
    'bg-blue-700 text-white hover:bg-blue-800 disabled:bg-blue-400 dark:bg-blue-600 dark:hover:bg-blue-700',
  secondary:
    'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  danger: 'bg-red-700 text-white hover:bg-red-800 disabled:bg-red-400',
  ghost: 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
};

export const focusRing =
  'focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';

export function Button({
  tone = 'secondary',
  className = '',
  ...props
}: ComponentPropsWithRef<'button'> & { tone?: Tone }) {
  return (
    <button
      type="button"
      {...props}
      className={`inline-flex items-center justify-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed ${BUTTON[tone]} ${focusRing} ${className}`}
    />
  );
}

export function Panel({
  title,
  actions,
  children,
  className = '',
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      {(title || actions) && (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {title && <h2 className="text-base font-semibold">{title}</h2>}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}

type BadgeTone = 'neutral' | 'green' | 'amber' | 'red' | 'blue';
const BADGE: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200',
  green: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  amber: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  red: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
  blue: 'bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100',
};

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ${BADGE[tone]}`}
    >
      {children}
    </span>
  );
}

/** The muted line that stands in for a list or table with nothing to show. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-600 dark:text-slate-400">{children}</p>;
}

export function Spinner({ label }: { label?: string }) {
  const t = useT();
  return (
    <span
      role="status"
      className="inline-flex items-center gap-2 text-sm text-slate-600 dark:text-slate-300"
    >
      <span
        aria-hidden
        className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-blue-600"
      />
      {label ?? t('common.loading')}…
    </span>
  );
}

/** The input look shared by text fields and selects. */
export const fieldClass = `rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950 ${focusRing}`;
/** A field's error text and a warning box (the range editor, the curation forms). */
export const errorTextClass = 'text-xs text-red-700 dark:text-red-400';
export const warnBoxClass = 'rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100';

/** A labelled `<select>`; options are its children. */
export function SelectField({
  label,
  id,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; id: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} {...props} className={`${fieldClass} ${props.className ?? ''}`}>
        {children}
      </select>
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  id,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  id: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={hint || error ? `${id}-help` : undefined}
        {...props}
        className={`${fieldClass} ${props.className ?? ''}`}
      />
      {(hint || error) && (
        <p
          id={`${id}-help`}
          className={`text-xs ${error ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`}
        >
          {error ?? hint}
        </p>
      )}
    </div>
  );
}

const ICON_SIZE = {
  sm: 'h-8 w-8 rounded',
  md: 'h-10 w-10 rounded',
  lg: 'h-12 w-12 rounded-lg',
  xl: 'h-16 w-16 rounded-lg',
} as const;
const ICON_PX = { sm: 32, md: 40, lg: 48, xl: 64 } as const;

/**
 * A package, dependency, registry or file icon, or a neutral square when there is none. Icons
 * come from registries and files, so only `data:image/…` URLs are shown (lib/inline-image.ts):
 * any other address also gets the square, and is never requested.
 */
export function Icon({
  src,
  size,
  alt = '',
  className = '',
}: {
  src: string | null | undefined;
  size: keyof typeof ICON_SIZE;
  /** Empty (decorative) unless the icon is the subject, as in a preview. */
  alt?: string;
  className?: string;
}) {
  const cls = `${ICON_SIZE[size]} shrink-0 ${className}`;
  if (!src || !isInlineImage(src))
    return <div aria-hidden className={`${cls} bg-slate-200 dark:bg-slate-700`} />;
  return (
    <img
      src={src}
      alt={alt}
      width={ICON_PX[size]}
      height={ICON_PX[size]}
      loading="lazy"
      decoding="async"
      className={`${cls} object-contain`}
    />
  );
}
