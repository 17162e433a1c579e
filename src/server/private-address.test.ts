// Issue 11 item 12: the addresses `--deny-private-urls` refuses, IPv4 and IPv6 (mapped,
// compatible and NAT64 forms included).
import { describe, expect, it } from 'vitest';
import { isPrivateAddress, parseIpv6 } from './private-address.ts';

const refused = [
  '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
  '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
  '::1', '::', '[::1]', 'fe80::1', 'fe80::1%eth0', 'febf::1', 'fc00::1', 'fd12:3456::1', 'fec0::1', 'ff02::1',
  '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '0:0:0:0:0:ffff:a9fe:a9fe', '::127.0.0.1', '64:ff9b::a9fe:a9fe',
  'not-an-address', '1.2.3', '::ffff:1.2.3.999', '1:2:3:4:5:6:7:8:9',
];
const allowed = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '169.255.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2001:db8::1'];

describe('isPrivateAddress', () => {
  it.each(refused)('refuses %s', (a) => expect(isPrivateAddress(a)).toBe(true));
  it.each(allowed)('allows %s', (a) => expect(isPrivateAddress(a)).toBe(false));
  it('parses compressed and dotted IPv6 forms', () => {
    expect(parseIpv6('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIpv6('1::')).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIpv6('1::2::3')).toBeNull();
  });
});
