// The one place Hankehaku makes a Meilisearch client: every part of the app (search service,
// indexer, engine start-up) gets its client here, so every call has a timeout and avoids the
// delayed-ACK stall described below.
// Usage: const client = createMeiliClient({ host: url, apiKey: masterKey });

import { Meilisearch } from "meilisearch";
import { multiSearchOverHttp } from "./meili-search-transport.js";

/** Per HTTP request: long enough for a search or an enqueue on a busy 2-core machine, short enough that a hung engine is a quick 503. */
export const MEILI_REQUEST_TIMEOUT_MS = 3_000;

interface MeiliClientOptions {
  host: string;
  apiKey?: string;
  timeoutMs?: number;
  /**
   * Told of every search the engine answers. The embedded engine's supervisor passes its
   * noteAnswer here, so an engine busy answering searches is never taken for a hung one.
   */
  onAnswer?: () => void;
}

export function createMeiliClient({
  host,
  apiKey,
  timeoutMs = MEILI_REQUEST_TIMEOUT_MS,
  onAnswer,
}: MeiliClientOptions): Meilisearch {
  const client = new Meilisearch({
    host,
    ...(apiKey ? { apiKey } : {}),
    // Node's fetch asks for gzip by default. Meilisearch (actix) then writes a compressed reply
    // in two TCP segments without TCP_NODELAY, and the second waits ~40 ms for the client's
    // delayed ACK: a stall on 30-90 % of calls. Identity encoding sends the reply in one piece.
    // Compression buys nothing on the loopback or in-cluster links this client uses.
    // Connections are kept alive by fetch's global undici agent (keep-alive is its default).
    requestInit: { headers: { "Accept-Encoding": "identity" } },
    // Every call, health checks included, gives up after this: a hung engine (SIGSTOP, a stuck
    // disk) costs the caller seconds and a 503, not a hang.
    timeout: timeoutMs,
  });
  // Searches, the hot path, go over node:http: the same answers and errors for less CPU.
  client.multiSearch = multiSearchOverHttp({
    host,
    ...(apiKey ? { apiKey } : {}),
    timeoutMs,
    ...(onAnswer ? { onAnswer } : {}),
  });
  return client;
}
