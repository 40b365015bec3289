// The persisted frontier of one source's crawl: an append-only log of URLs queued ("Q url") and
// finished ("F url") in <dataDir>/frontier/<source>.log. Killed at any moment, the next run reads
// it back and resumes: finished pages are not fetched again, queued ones are. A line torn by the
// kill is ignored. A crawl that completes removes its log, so the next crawl starts afresh.
// A deferred frontier holds back "finished" for pages whose records still wait for the index:
// such a page is written as finished only once the index task holding its record has succeeded.
// Usage: const frontier = await openFrontier(dataDir, source.name);
//        if (frontier.resumed) ...; await frontier.queued(urls); await frontier.finished(url); await frontier.complete();
//        const deferred = deferFrontier(frontier); deferred.hold(url); ...; await deferred.release([url]);

import { appendFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { createSerialQueue, readIfExists } from "../core/file-store.js";

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

/** What an earlier run's log says: queued (seen) and finished (done) URLs. */
export function parseFrontierLog(text: string): { seen: Set<string>; done: Set<string> } {
  const seen = new Set<string>();
  const done = new Set<string>();
  const lines = text.split("\n");
  // The last piece has no newline after it when the writer was killed mid-line.
  if (!text.endsWith("\n")) lines.pop();
  for (const line of lines) {
    const url = line.slice(2);
    if (!/^https?:\/\//.test(url)) continue;
    if (line.startsWith("Q ")) seen.add(url);
    else if (line.startsWith("F ")) done.add(url);
  }
  return { seen, done };
}

export async function openFrontier(dataDir: string, source: string): Promise<Frontier> {
  const file = path.join(dataDir, "frontier", `${source}.log`);
  await mkdir(path.dirname(file), { recursive: true });
  const text = (await readIfExists(file)) ?? "";
  const { seen, done } = parseFrontierLog(text);
  const queue = createSerialQueue();
  // A torn last line gets its newline first, so the next line starts clean.
  if (text && !text.endsWith("\n")) void queue.run(() => appendFile(file, "\n"));
  const append = (lines: string) => queue.run(() => appendFile(file, lines));
  return {
    resumed: seen.size > 0,
    seen,
    done,
    pending: [...seen].filter((url) => !done.has(url)),
    queued: (urls) => (urls.length === 0 ? queue.idle() : append(urls.map((url) => `Q ${url}\n`).join(""))),
    finished: (url) => append(`F ${url}\n`),
    async complete() {
      await queue.idle();
      await rm(file, { force: true });
    },
  };
}

export interface DeferredFrontier extends Frontier {
  /** The page's record waits for the index: "finished" for it is held back until `release`. */
  hold(url: string): void;
  /** Their records are in the index: pages already finished by the crawl are written as such now. */
  release(urls: Iterable<string>): Promise<void>;
}

export function deferFrontier(frontier: Frontier): DeferredFrontier {
  const held = new Set<string>();
  const finishedWhileHeld = new Set<string>();
  return {
    resumed: frontier.resumed,
    seen: frontier.seen,
    done: frontier.done,
    pending: frontier.pending,
    queued: (urls) => frontier.queued(urls),
    complete: () => frontier.complete(),
    hold: (url) => void held.add(url),
    async finished(url) {
      if (held.has(url)) finishedWhileHeld.add(url);
      else await frontier.finished(url);
    },
    async release(urls) {
      for (const url of urls) {
        held.delete(url);
        if (finishedWhileHeld.delete(url)) await frontier.finished(url);
      }
    },
  };
}
