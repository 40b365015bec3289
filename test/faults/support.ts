// Shared by the fault tests: run `app/cli.ts crawl` as a real child process against a source
// config written to a temporary data directory, and read back what the index holds.
// Usage: const run = crawlerRunner({ dataDir, source, meiliUrl, masterKey, index }); const child = run.spawn();
//        await run.complete(); await indexedUrls(client, index)

import { spawn, type ChildProcess } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import type { SourceConfig } from "../../config/config.js";

interface RunnerOptions {
  dataDir: string;
  source: SourceConfig;
  meiliUrl: string;
  masterKey: string;
  index: string;
}

export function crawlerRunner(options: RunnerOptions) {
  const configFile = path.join(options.dataDir, "config.json");
  const written = writeFile(
    configFile,
    JSON.stringify({
      sampleCorpus: false,
      sources: [options.source],
      crawler: { concurrency: 1, delayMs: 0, retries: 1, retryBaseMs: 10 },
      meili: { index: options.index },
    }),
  );
  const env = {
    ...process.env,
    HANKEHAKU_CONFIG: configFile,
    HANKEHAKU_DATA_DIR: options.dataDir,
    MEILI_URL: options.meiliUrl,
    MEILI_MASTER_KEY: options.masterKey,
    LOG_LEVEL: "warn",
  };
  const output: string[] = [];
  const spawnCrawl = async (): Promise<ChildProcess> => {
    await written;
    const child = spawn(process.execPath, ["--import", "tsx", "app/cli.ts", "crawl", "--source", options.source.name], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    return child;
  };
  return {
    spawn: spawnCrawl,
    output,
    /** Runs a crawl to its end; its exit code. */
    async complete(): Promise<number | null> {
      const child = await spawnCrawl();
      return new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", resolve));
}

/** Every record's URL in the index, duplicates kept. */
export async function indexedUrls(client: Meilisearch, index: string): Promise<string[]> {
  const { results } = await client.index(index).getDocuments({ limit: 10_000, fields: ["url"] });
  return results.map((document) => document.url as string).sort();
}

/** Drops a test's index; an index that is already gone is fine. */
export async function dropIndex(client: Meilisearch, index: string): Promise<void> {
  await client
    .deleteIndex(index)
    .waitTask()
    .catch(() => undefined);
}
