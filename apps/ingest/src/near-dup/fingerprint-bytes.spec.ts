import { bytesToFingerprint, fingerprintToBytes } from './fingerprint-bytes.js';

describe('fingerprint bytes', () => {
  it('round-trips and stores little-endian', () => {
    const fingerprint = Uint32Array.from([1, 0xffffffff, 0x01020304]);
    const bytes = fingerprintToBytes(fingerprint);
    expect(Array.from(bytes.subarray(8))).toEqual([4, 3, 2, 1]);
    expect(Array.from(bytesToFingerprint(bytes))).toEqual(Array.from(fingerprint));
  });

  it('reads from a view that does not start at offset 0', () => {
    const backing = new Uint8Array(12);
    backing.set(fingerprintToBytes(Uint32Array.from([7, 9])), 4);
    expect(Array.from(bytesToFingerprint(backing.subarray(4)))).toEqual([7, 9]);
  });

  it('refuses a length that is not whole values', () => {
    expect(() => bytesToFingerprint(new Uint8Array(5))).toThrow(/multiple of 4/);
  });
});
