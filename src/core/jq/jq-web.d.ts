/** Types for the parts of jq-web 0.6 (an Emscripten build of jq 1.7) that the console uses. */
declare module 'jq-web' {
  interface JqWebModule {
    /** Runs jq like `jq <flags> <filter>` on the JSON text; returns stdout, throws on a non-zero exit. */
    raw(json: string, filter: string, flags?: string[]): string | undefined;
  }
  const ready: Promise<JqWebModule>;
  export default ready;
}
