// Sends a response body that is already in memory in one write: gzipped in one call (fastest
// level) when the client accepts gzip, with its Content-Length. The compression middleware
// streams a body through zlib instead, which for a search answer cost more CPU than the
// compression itself: a thread-pool round trip, chunked encoding and two or three socket
// writes. It leaves a response that already says Content-Encoding alone.
// A caller that keeps the compressed form of what it sends often passes its own gzip.
// Usage: sendWholeBody(req, res, JSON.stringify(answer)[, () => gzipped]);

import { constants, gzipSync } from "node:zlib";
import type { Request, Response } from "express";

/** Smaller bodies go as they are: a gzip header and the call cost more than they save. */
const MIN_GZIP_BYTES = 1024;

export function sendWholeBody(
  req: Request,
  res: Response,
  text: string,
  gzipped: () => Buffer = () => gzipSync(text, { level: constants.Z_BEST_SPEED }),
): void {
  res.vary("Accept-Encoding");
  const gzip = text.length >= MIN_GZIP_BYTES && req.acceptsEncodings("gzip", "identity") === "gzip";
  const body = gzip ? gzipped() : Buffer.from(text);
  if (gzip) res.setHeader("content-encoding", "gzip");
  res.setHeader("content-length", body.length);
  res.end(body);
}
