/**
 * @module
 * The console's Content-Security-Policy (issue 11 item 2), and the Vite plugin that writes it
 * into the built `index.html` as a `<meta http-equiv>`. The dev server gets no policy: React's
 * refresh preamble is an inline script and Vite injects CSS as `<style>` elements there.
 *
 * Hosts that can set headers should send {@link cspHeader} instead (or as well): only the
 * header form can carry `frame-ancestors`, and only the header applies inside the Web Workers
 * (a worker loaded from a URL takes its policy from its own response, never from the page).
 */
import type { Plugin } from 'vite';

/** Directive → sources. Shared by the meta and the header form. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  // Only the built bundles; 'wasm-unsafe-eval' lets the workers compile BLAKE3's WebAssembly.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // The workers are built as same-origin module files.
  ['worker-src', "'self'"],
  // Only the built stylesheet: no <style> elements, no style attributes from HTML (React's
  // style props go through the CSSOM, which CSP does not restrict).
  ['style-src', "'self'"],
  // Icons and images from registries are data: URLs; blob: for previews of local files.
  ['img-src', "'self' data: blob:"],
  // Registries and buckets are user-chosen, on any host, over http (loopback, LAN) or https.
  ['connect-src', "'self' http: https:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
];

const join = (ds: ReadonlyArray<readonly [string, string]>) =>
  ds.map(([name, sources]) => `${name} ${sources}`).join('; ');

/** The policy as written in the `<meta http-equiv="Content-Security-Policy">`. */
export const CSP_META = join(CSP_DIRECTIVES);

/** The policy for a `Content-Security-Policy` response header (adds what meta cannot carry). */
export const CSP_HEADER = join([...CSP_DIRECTIVES, ['frame-ancestors', "'none'"]]);

/** Writes the policy as the first element of `<head>`, in builds only. */
export function cspPlugin(): Plugin {
  return {
    name: 'registry-console-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
