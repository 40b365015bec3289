// A gzip body made of a part compressed once and a short tail that changes per response (a
// search answer's processingTimeMs): the part is deflated once with a sync flush, which ends it
// on a byte boundary without closing the stream, and each response adds the tail as a final
// stored (uncompressed) deflate block and the gzip trailer (CRC-32 and length, the CRC carried
// on from the part's). One valid gzip member (RFC 1952), decoded to the part and the tail; no
// zlib stream is set up per response, which cost a search answer more than its JSON.
// Usage: const part = gzipPart(json.slice(0, -1)); const body = gzipWithTail(part, ',"t":3}');

import { constants, crc32, deflateRawSync } from "node:zlib";

export interface GzipPart {
  deflated: Buffer;
  crc: number;
  bytes: number;
}

/** ID1 ID2, deflate, no flags, no time, fastest compression, Unix (RFC 1952, 2.3). */
const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 3]);
/** A stored block holds at most this many bytes (RFC 1951, 3.2.4). */
const MAX_STORED = 0xffff;

export function gzipPart(text: string): GzipPart {
  const bytes = Buffer.from(text);
  return {
    deflated: deflateRawSync(bytes, { level: constants.Z_BEST_SPEED, finishFlush: constants.Z_SYNC_FLUSH }),
    crc: crc32(bytes),
    bytes: bytes.length,
  };
}

export function gzipWithTail(part: GzipPart, tail: string): Buffer {
  const bytes = Buffer.from(tail);
  if (bytes.length > MAX_STORED) throw new RangeError(`a gzip tail holds at most ${MAX_STORED} bytes`);
  const body = Buffer.allocUnsafe(HEADER.length + part.deflated.length + 5 + bytes.length + 8);
  let at = HEADER.copy(body, 0);
  at += part.deflated.copy(body, at);
  // The final block: BFINAL 1, BTYPE 00 (stored), then LEN and its complement, little-endian.
  at = body.writeUInt8(1, at);
  at = body.writeUInt16LE(bytes.length, at);
  at = body.writeUInt16LE(~bytes.length & 0xffff, at);
  at += bytes.copy(body, at);
  at = body.writeUInt32LE(crc32(bytes, part.crc), at);
  body.writeUInt32LE((part.bytes + bytes.length) % 2 ** 32, at);
  return body;
}
