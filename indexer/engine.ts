// Connects Hankehaku to its search engine: the Meilisearch at MEILI_URL when configured,
// otherwise an embedded one started and supervised under the data directory. Either way the
// client comes from meili-client.ts (timeouts, identity encoding).
// Usage: const engine = await connectEngine(config, logger); ...; await engine.stop();

import type { Meilisearch } from "meilisearch";
import type { Config } from "../config/config.js";
import { messageOf } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { sleep } from "../core/sleep.js";
import { startEmbeddedMeili } from "./embedded-meili.js";
import { createMeiliClient } from "./meili-client.js";

export interface Engine {
  client: Meilisearch;
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The engine at MEILI_URL cannot be reached at start-up: the service does not start. */
export class EngineUnreachableError extends Error {
  override name = "EngineUnreachableError";
}

export interface ConnectOptions {
  /** How long start-up waits for MEILI_URL to answer its health check. */
  reachWithinMs?: number;
}

export async function connectEngine(config: Config, logger: Logger, options: ConnectOptions = {}): Promise<Engine> {
  if (config.meili.url) {
    const url = config.meili.url;
    const client = createMeiliClient({ host: url, apiKey: config.meili.masterKey });
    await awaitReachable(client, url, options.reachWithinMs ?? 3_000);
    logger.info({ url }, "using the Meilisearch at MEILI_URL");
    return { client, url, embedded: false, stop: async () => {} };
  }
  const meili = await startEmbeddedMeili({ dataDir: config.dataDir, binary: config.meili.binary, logger });
  const client = createMeiliClient({ host: meili.url, apiKey: meili.masterKey, onAnswer: meili.noteAnswer });
  return { client, url: meili.url, embedded: true, stop: () => meili.stop() };
}

/**
 * A MEILI_URL that does not answer at start-up is a configuration mistake (a wrong host or
 * port) far more often than a passing outage, so start-up stops with one clear line; docker
 * compose starts the app only once Meilisearch is healthy. Once running, an engine that goes
 * away costs 503s until it is back, never the service.
 */
async function awaitReachable(client: Meilisearch, url: string, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      await client.health();
      return;
    } catch (error) {
      if (Date.now() + 500 > deadline) {
        throw new EngineUnreachableError(
          `cannot reach Meilisearch at MEILI_URL=${url} (${causeOf(error)}); start it or correct MEILI_URL`,
        );
      }
      await sleep(500);
    }
  }
}

/** The innermost reason (ECONNREFUSED, a timeout) rather than the client's wrapper message. */
function causeOf(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  const code = (current as NodeJS.ErrnoException | undefined)?.code;
  return code ?? messageOf(current);
}
