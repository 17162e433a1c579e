/**
 * The catalogs as the console loads them (src/cli/build/catalog-plugin.ts): messages compiled to
 * FormatJS ASTs (plain text stays a string), in slices — `first` for the code that runs before
 * the first screen, `rest` for the pages downloaded on demand.
 */
declare module 'virtual:i18n-catalogs' {
  export type CompiledMessage = string | Exclude<ConstructorParameters<typeof import('intl-messageformat').IntlMessageFormat>[0], string>;
  export interface CompiledSlice {
    messages: Record<string, CompiledMessage>;
    /** Keys whose message is the English fallback (the locale lacks them). */
    english: string[];
  }
  export type SliceName = 'first' | 'rest';
  /** English's whole catalog where nothing is split (dev server, tests); null in builds. */
  export const initialSlice: CompiledSlice | null;
  export function loadCatalogSlice(locale: string, slice: SliceName): Promise<CompiledSlice>;
}
