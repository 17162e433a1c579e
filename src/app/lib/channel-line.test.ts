/** The shared link of a channel line: round trip, ordering, and what is refused. */
import { describe, expect, it } from 'vitest';
import { decodeLine, encodeLine, lineProblem, nextChannel } from './channel-line.ts';

const line = [
  { label: 'beta', url: 'http://127.0.0.1:5959' },
  { label: 'stable', url: 'https://registry.example.com/a@b' },
];

describe('channel line links', () => {
  it('round-trips a line in order, URLs with @ included', () => {
    expect(decodeLine(new URLSearchParams(encodeLine(line)))).toEqual(line);
  });

  it('normalises the URLs of a hand-written link', () => {
    expect(decodeLine(new URLSearchParams('ch=a@localhost:5959/&ch=b@http://x.test/rpc/v0'))).toEqual([
      { label: 'a', url: 'http://localhost:5959' },
      { label: 'b', url: 'http://x.test' },
    ]);
  });

  it('refuses a link with one channel, a bad URL, a missing label or a repeated registry', () => {
    expect(decodeLine(new URLSearchParams('ch=a@http://x.test'))).toBeNull();
    expect(decodeLine(new URLSearchParams('ch=a@ftp://x.test&ch=b@http://y.test'))).toBeNull();
    expect(decodeLine(new URLSearchParams('ch=@http://x.test&ch=b@http://y.test'))).toBeNull();
    expect(decodeLine(new URLSearchParams('ch=a@http://x.test&ch=b@http://x.test/'))).toBeNull();
    expect(decodeLine(new URLSearchParams(''))).toBeNull();
  });

  it('names the problem of a line being edited', () => {
    expect(lineProblem(line)).toBeNull();
    expect(lineProblem([...line, ...line, line[0]!])).toBe('count');
    expect(lineProblem([line[0]!, { ...line[1]!, label: 'Beta' }])).toBe('duplicate-label');
  });

  it('finds the next channel', () => {
    expect(nextChannel(line, line[0]!.url)).toEqual(line[1]);
    expect(nextChannel(line, line[1]!.url)).toBeNull();
  });
});
