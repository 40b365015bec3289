// Structured JSON logs (pino) on stderr, so that stdout stays free for command output
// such as `extract`'s NDJSON. Usage: const log = createLogger(); log.info({ source }, "crawl done").

import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(options: { level?: string } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? "info";
  return pino({ level, base: { service: "hankehaku" } }, pino.destination(2));
}

/** A logger that drops everything: for tests that assert on results, not on log lines. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
