/**
 * @module
 * A Vite plugin that answers `GET /config.json` from memory, on the dev server and on
 * `vite preview`: how `npm start` hands the console its demo configuration at run time
 * without writing the file into `public/` (where a build would copy it into `dist/`), and how
 * the end-to-end tests serve a deploy-time configuration to the built console.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import type { RuntimeConfigFile } from '../../app/lib/runtime-config/config-schema.ts';

/** @param config the file's content; a string is served as it is (tests of malformed files). */
export function serveConfigPlugin(config: RuntimeConfigFile | string): Plugin {
  const body = typeof config === 'string' ? config : `${JSON.stringify(config, null, 2)}\n`;
  const handle = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/config.json') return next();
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  return {
    name: 'registry-console-serve-config',
    configureServer: (server) => void server.middlewares.use(handle),
    configurePreviewServer: (server) => void server.middlewares.use(handle),
  };
}
