// The append-only archive of every response the crawler received (URL, status, headers, body,
// time), snappy-compressed, one file per source in <dataDir>/archive/<source>.hha. Each record
// is framed as magic "HHA1", payload length, CRC-32 of the payload, payload; a record torn by a
// crash mid-write (short, or failing its CRC) is detected and skipped, never fatal. The index can
// be rebuilt from the archive alone, with no network (`index --from-archive`).
// `append` answers the record's offset, so the crawler can read a page's stored copy back with
// `readAt` when the server later answers 304 Not Modified.
// Usage: const archive = await openArchive(dataDir, source.name); const at = await archive.append(response);
//        const copy = await archive.readAt(at); for (const { records } of await readArchives(dataDir)) ...

import { mkdir, open, readdir, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { crc32 } from "node:zlib";
import snappy from "snappy";
import { createSerialQueue, readBytesIfExists } from "../core/file-store.js";

export interface ArchivedResponse {
  url: string;
  requestedUrl: string;
  status: number;
  headers: Record<string, string>;
  fetchedAt: string;
  body: Uint8Array;
}

const MAGIC = Buffer.from("HHA1");
const FRAME = 12;

export function encodeRecord(response: ArchivedResponse): Buffer {
  const { body, ...meta } = response;
  const payload = snappy.compressSync(Buffer.concat([Buffer.from(JSON.stringify(meta) + "\n"), body]));
  const frame = Buffer.alloc(FRAME);
  MAGIC.copy(frame, 0);
  frame.writeUInt32BE(payload.length, 4);
  frame.writeUInt32BE(crc32(payload), 8);
  return Buffer.concat([frame, payload]);
}

interface DecodeResult {
  records: ArchivedResponse[];
  /** Bytes that did not form a whole, intact record (a torn write, damage). */
  skippedBytes: number;
}

export function decodeRecords(data: Buffer): DecodeResult {
  const records: ArchivedResponse[] = [];
  let skippedBytes = 0;
  let at = 0;
  while (at < data.length) {
    const valid =
      at + FRAME <= data.length &&
      data.subarray(at, at + 4).equals(MAGIC) &&
      at + FRAME + data.readUInt32BE(at + 4) <= data.length &&
      crc32(data.subarray(at + FRAME, at + FRAME + data.readUInt32BE(at + 4))) === data.readUInt32BE(at + 8);
    if (!valid) {
      // Resynchronise on the next magic; everything before it is lost to the tear.
      const next = data.indexOf(MAGIC, at + 1);
      const end = next === -1 ? data.length : next;
      skippedBytes += end - at;
      at = end;
      continue;
    }
    const length = data.readUInt32BE(at + 4);
    records.push(decodePayload(data.subarray(at + FRAME, at + FRAME + length)));
    at += FRAME + length;
  }
  return { records, skippedBytes };
}

function decodePayload(compressed: Buffer): ArchivedResponse {
  const payload = snappy.uncompressSync(compressed) as Buffer;
  const newline = payload.indexOf(0x0a);
  const meta = JSON.parse(payload.subarray(0, newline).toString("utf8")) as Omit<ArchivedResponse, "body">;
  return { ...meta, body: payload.subarray(newline + 1) };
}

export interface Archive {
  /** Appends one response; answers the offset to read it back at. */
  append(response: ArchivedResponse): Promise<number>;
  /** The intact record at `offset`, or undefined when there is none (torn, damaged, past the end). */
  readAt(offset: number): Promise<ArchivedResponse | undefined>;
  close(): Promise<void>;
}

export function archiveDir(dataDir: string): string {
  return path.join(dataDir, "archive");
}

export async function openArchive(dataDir: string, source: string): Promise<Archive> {
  await mkdir(archiveDir(dataDir), { recursive: true });
  const handle: FileHandle = await open(path.join(archiveDir(dataDir), `${source}.hha`), "a+");
  // Appends always land at the end, so the end is known without asking the file again.
  let end = (await handle.stat()).size;
  const queue = createSerialQueue();
  return {
    append(response) {
      // One write per record, in order: a crash can tear only the last one.
      const record = encodeRecord(response);
      return queue.run(async () => {
        const at = end;
        await handle.write(record);
        end += record.length;
        return at;
      });
    },
    readAt: (offset) => queue.run(() => readRecordAt(handle, offset)),
    async close() {
      await queue.idle();
      await handle.sync();
      await handle.close();
    },
  };
}

async function readRecordAt(handle: FileHandle, offset: number): Promise<ArchivedResponse | undefined> {
  const frame = Buffer.alloc(FRAME);
  if ((await handle.read(frame, 0, FRAME, offset)).bytesRead < FRAME || !frame.subarray(0, 4).equals(MAGIC))
    return undefined;
  const payload = Buffer.alloc(frame.readUInt32BE(4));
  if ((await handle.read(payload, 0, payload.length, offset + FRAME)).bytesRead < payload.length) return undefined;
  return crc32(payload) === frame.readUInt32BE(8) ? decodePayload(payload) : undefined;
}

/** Every source's archive: the source name and its records, oldest first. */
export async function readArchives(
  dataDir: string,
): Promise<{ source: string; records: ArchivedResponse[]; skippedBytes: number }[]> {
  await mkdir(archiveDir(dataDir), { recursive: true });
  const files = (await readdir(archiveDir(dataDir))).filter((file) => file.endsWith(".hha"));
  const archives = [];
  for (const file of files.sort()) {
    const data = (await readBytesIfExists(path.join(archiveDir(dataDir), file))) ?? Buffer.alloc(0);
    const { records, skippedBytes } = decodeRecords(data);
    archives.push({ source: file.slice(0, -".hha".length), records, skippedBytes });
  }
  return archives;
}

/**
 * The pages an archive holds now: per URL, the last successful body, unless the URL was found
 * gone (404/410) on the last two tries, the same rule as the crawler's. A 304 keeps the body
 * fetched before it.
 */
export function currentPages(records: ArchivedResponse[]): ArchivedResponse[] {
  const latestBody = new Map<string, ArchivedResponse>();
  const missing = new Map<string, number>();
  for (const record of records) {
    const url = record.requestedUrl;
    if (record.status === 200) latestBody.set(url, record);
    if (record.status === 404 || record.status === 410) missing.set(url, (missing.get(url) ?? 0) + 1);
    else if (record.status === 200 || record.status === 304) missing.delete(url);
  }
  return [...latestBody.entries()].filter(([url]) => (missing.get(url) ?? 0) < 2).map(([, record]) => record);
}
