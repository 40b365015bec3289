// Remembers, per source, how its last crawl went (in <dataDir>/crawl-state.json), so that
// `start` knows which sources have never been crawled and operators can see what happened.
// Writes go to a temporary file that is renamed over the old one: a crash never leaves half a file.
// Usage: const state = createCrawlState(dataDir); await state.record(report); await state.read();

import path from "node:path";
import { createSerialQueue, readIfExists, writeAtomic } from "../core/file-store.js";

export interface SourceState {
  lastRunAt: string;
  lastSuccessAt?: string;
  lastError?: string;
  /** Of the last successful crawl: */
  pagesSeen?: number;
  newProjects?: number;
  changedProjects?: number;
  unchangedPages?: number;
  removedProjects?: number;
  errors?: number;
  notFound?: number;
}

export type CrawlStateFile = Record<string, SourceState>;

export function createCrawlState(dataDir: string) {
  const file = path.join(dataDir, "crawl-state.json");
  const queue = createSerialQueue();

  async function read(): Promise<CrawlStateFile> {
    const text = await readIfExists(file);
    return text ? (JSON.parse(text) as CrawlStateFile) : {};
  }

  function update(source: string, change: (previous: SourceState | undefined) => SourceState): Promise<void> {
    // Serialized, so that two sources finishing together do not overwrite each other.
    return queue.run(async () => {
      const state = await read();
      state[source] = change(state[source]);
      await writeAtomic(file, JSON.stringify(state, null, 2));
    });
  }

  return { read, update };
}

export type CrawlState = ReturnType<typeof createCrawlState>;
