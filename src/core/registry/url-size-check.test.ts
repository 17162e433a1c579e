// HEAD size checks of OS image URLs, against a local file host (loopback).
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionCode } from '../testing/rejection-code.ts';
import { checkUrlSize } from './url-size-check.ts';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/os.img') res.writeHead(200, { 'content-length': '1234' });
    else if (req.url === '/chunked') res.writeHead(200, { 'transfer-encoding': 'chunked' });
    else res.writeHead(404);
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('checkUrlSize', () => {
  it('compares Content-Length with the committed size', async () => {
    expect(await checkUrlSize(`${base}/os.img`, 1234)).toEqual({ status: 'ok' });
    expect(await checkUrlSize(`${base}/os.img`, 1235)).toEqual({
      status: 'bad',
      problem: 'size',
      found: 1234,
    });
  });

  it('reports HTTP errors, bad URLs, missing lengths and unreachable hosts', async () => {
    expect(await checkUrlSize(`${base}/missing`, 1)).toEqual({
      status: 'bad',
      problem: 'http',
      httpStatus: 404,
    });
    expect(await checkUrlSize('ftp://example/os.img', 1)).toEqual({
      status: 'bad',
      problem: 'url',
    });
    expect(await checkUrlSize('not a url', 1)).toEqual({ status: 'bad', problem: 'url' });
    expect((await checkUrlSize(`${base}/chunked`, 1)).status).toBe('unverifiable');
    expect((await checkUrlSize('http://127.0.0.1:1/os.img', 1)).status).toBe('unverifiable');
  });

  it('rejects with ABORTED when cancelled', async () => {
    const ctl = new AbortController();
    ctl.abort();
    expect(await rejectionCode(checkUrlSize(`${base}/os.img`, 1, { signal: ctl.signal }))).toBe(
      'ABORTED',
    );
  });
});
