// A pino logger that keeps its records in memory, for tests that check what was logged.
import { Writable } from "node:stream";
import { pino } from "pino";
import type { Logger } from "../../core/logger.js";

export function memoryLogger(): { logger: Logger; records: Record<string, unknown>[] } {
  const records: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) records.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), records };
}
