// Remembers, per source, how its last crawl went (in <dataDir>/crawl-state.json), so that
// `start` knows which sources have never been crawled and operators can see what happened.
// Writes go to a temporary file that is renamed over the old one: a crash never leaves half a file.
// Usage: const state = createCrawlState(dataDir); await state.record(report); await state.read();

import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

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
  let writing: Promise<void> = Promise.resolve();

  async function read(): Promise<CrawlStateFile> {
    try {
      return JSON.parse(await readFile(file, "utf8")) as CrawlStateFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
      throw error;
    }
  }

  async function update(source: string, change: (previous: SourceState | undefined) => SourceState): Promise<void> {
    // Serialized, so that two sources finishing together do not overwrite each other.
    const next = writing.then(async () => {
      const state = await read();
      state[source] = change(state[source]);
      await mkdir(dataDir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(state, null, 2));
      await rename(temporary, file);
    });
    writing = next.catch(() => {});
    return next;
  }

  return { read, update };
}

export type CrawlState = ReturnType<typeof createCrawlState>;
