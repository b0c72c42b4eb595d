// config/ip-address.ts answers as node:net does, for every kind of text a host input can be.
import assert from 'node:assert/strict';
import { isIP, isIPv6 } from 'node:net';
import { describe, it } from 'node:test';
import { isIPAddress, isIPv6Address } from '../../src/config/ip-address.js';

const VALUES = [
  '10.0.0.7',
  '127.0.0.1',
  '256.0.0.1',
  '10.0.0',
  '::1',
  '::',
  'fd00::7',
  '2001:db8::1',
  '::ffff:10.0.0.7',
  '::ffff:a00:7',
  'fe80::1%eth0',
  '[::1]',
  '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9',
  ':::',
  'vm-1.example.com',
  'vm-1.example.com.',
  'localhost',
  'a:b',
  '',
  '0x7f.0.0.1',
];

describe('IP address tests', () => {
  it('isIPAddress is net.isIP as a yes or no, isIPv6Address is net.isIPv6', () => {
    for (const v of VALUES) {
      assert.equal(isIPAddress(v), isIP(v) !== 0, v);
      assert.equal(isIPv6Address(v), isIPv6(v), v);
    }
    assert.ok(VALUES.some((v) => isIPv6(v)) && VALUES.some((v) => isIP(v) === 4) && VALUES.some((v) => isIP(v) === 0));
  });
});
