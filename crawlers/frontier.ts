// The persisted frontier of one source's crawl: an append-only log of URLs queued ("Q url") and
// finished ("F url") in <dataDir>/frontier/<source>.log. Killed at any moment, the next run reads
// it back and resumes: finished pages are not fetched again, queued ones are. A line torn by the
// kill is ignored. A crawl that completes removes its log, so the next crawl starts afresh.
// Usage: const frontier = await openFrontier(dataDir, source.name);
//        if (frontier.resumed) ...; await frontier.queued(urls); await frontier.finished(url); await frontier.complete();

import { appendFile, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";

export interface Frontier {
  /** True when an unfinished earlier run was found. */
  readonly resumed: boolean;
  /** Every URL the earlier run queued (seen), and those it finished. */
  readonly seen: ReadonlySet<string>;
  readonly done: ReadonlySet<string>;
  /** Queued but not finished by the earlier run, in queue order. */
  readonly pending: string[];
  queued(urls: string[]): Promise<void>;
  finished(url: string): Promise<void>;
  complete(): Promise<void>;
}

export async function openFrontier(dataDir: string, source: string): Promise<Frontier> {
  const dir = path.join(dataDir, "frontier");
  const file = path.join(dir, `${source}.log`);
  await mkdir(dir, { recursive: true });
  const seen = new Set<string>();
  const done = new Set<string>();
  let text = "";
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const lines = text.split("\n");
  // The last piece has no newline after it when the writer was killed mid-line.
  if (!text.endsWith("\n")) lines.pop();
  for (const line of lines) {
    const url = line.slice(2);
    if (!/^https?:\/\//.test(url)) continue;
    if (line.startsWith("Q ")) seen.add(url);
    else if (line.startsWith("F ")) done.add(url);
  }
  const pending = [...seen].filter((url) => !done.has(url));
  // Appends are serialized so lines never interleave.
  let writing: Promise<void> = text && !text.endsWith("\n") ? appendFile(file, "\n") : Promise.resolve();
  const append = (lines: string) => {
    writing = writing.then(() => appendFile(file, lines));
    return writing;
  };
  return {
    resumed: seen.size > 0,
    seen,
    done,
    pending,
    queued: (urls) => (urls.length === 0 ? writing : append(urls.map((url) => `Q ${url}\n`).join(""))),
    finished: (url) => append(`F ${url}\n`),
    async complete() {
      await writing;
      await rm(file, { force: true });
    },
  };
}
