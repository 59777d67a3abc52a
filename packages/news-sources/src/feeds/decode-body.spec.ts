import { decodeBody } from './decode-body.js';

describe('decodeBody', () => {
  const arabic1256 = new Uint8Array([0xda, 0xd1, 0xc7, 0xde]); // "عراق" in windows-1256

  it('uses the HTTP charset when there is no BOM or XML declaration', () => {
    expect(decodeBody(arabic1256, 'windows-1256')).toBe('عراق');
  });

  it('prefers the XML declaration over the HTTP charset', () => {
    const bytes = new Uint8Array([
      ...Buffer.from('<?xml version="1.0" encoding="windows-1256"?>'),
      ...arabic1256,
    ]);
    expect(decodeBody(bytes, 'utf-8').endsWith('عراق')).toBe(true);
  });

  it('decodes UTF-16 with a BOM and defaults to UTF-8', () => {
    expect(decodeBody(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('A');
    expect(decodeBody(new Uint8Array(Buffer.from('بغداد')))).toBe('بغداد');
  });
});
