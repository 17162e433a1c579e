/**
 * @module
 * The one static import of jq-web. Its CommonJS export is a promise, which a dynamic
 * `import('jq-web')` would mistake for a thenable namespace, so `run-jq.ts` imports this module
 * lazily instead; loading it starts compiling the WebAssembly.
 */
import ready from 'jq-web';

export const jqReady = ready;
