// Connects Hankehaku to its search engine: the Meilisearch at MEILI_URL when configured,
// otherwise an embedded one started and supervised under the data directory.
// Usage: const engine = await connectEngine(config, logger); ...; await engine.stop();

import { Meilisearch } from "meilisearch";
import type { Config } from "../config/config.js";
import type { Logger } from "../core/logger.js";
import { startEmbeddedMeili } from "./embedded-meili.js";

export interface Engine {
  client: Meilisearch;
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function connectEngine(config: Config, logger: Logger): Promise<Engine> {
  if (config.meili.url) {
    const client = new Meilisearch({ host: config.meili.url, apiKey: config.meili.masterKey });
    try {
      await client.health();
    } catch (error) {
      // Not fatal: the API answers 503 until the engine is reachable, then recovers by itself.
      logger.warn({ url: config.meili.url, err: error }, "Meilisearch at MEILI_URL is not reachable yet");
    }
    return { client, url: config.meili.url, embedded: false, stop: async () => {} };
  }
  const meili = await startEmbeddedMeili({ dataDir: config.dataDir, binary: config.meili.binary, logger });
  const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
  return { client, url: meili.url, embedded: true, stop: () => meili.stop() };
}
