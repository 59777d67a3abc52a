/**
 * Fingerprints are Uint32Arrays; the `articles.fingerprint` column holds them as little-endian
 * bytes, written explicitly so the stored form does not depend on the machine's byte order.
 */
export function fingerprintToBytes(fingerprint: Uint32Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(fingerprint.length * 4);
  const view = new DataView(bytes.buffer);
  fingerprint.forEach((value, i) => view.setUint32(i * 4, value, true));
  return bytes;
}

export function bytesToFingerprint(bytes: Uint8Array): Uint32Array {
  if (bytes.byteLength % 4 !== 0) {
    throw new RangeError(`a stored fingerprint must be a multiple of 4 bytes long, got ${bytes.byteLength}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fingerprint = new Uint32Array(bytes.byteLength / 4);
  for (let i = 0; i < fingerprint.length; i++) fingerprint[i] = view.getUint32(i * 4, true);
  return fingerprint;
}
