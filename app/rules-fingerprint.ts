// The fingerprint of "what derives a record from a page", kept in <dataDir>/rules-fingerprint.json
// beside the crawl state, so that a new version of Hankehaku can tell whether the index holds
// records made by other rules (see rederive.ts).
// What counts, on purpose more than strictly needed: every .ts and .json file under config/,
// crawlers/ and indexer/, plus core/project.ts (the record type), and the settings of each
// source that shape its records (name, projectPages, selectors, publicOrigin, siteScope). A
// change to an engine helper in indexer/ re-derives for nothing, which costs a rebuild from the
// archive (no network); a missed rule change would serve stale records, which costs trust.
// Not counted: the installed versions of libraries (cheerio, franc, ...); after upgrading one,
// run `npm run cli -- index --from-archive`.
// Usage: const current = await rulesFingerprint(config);
//        const store = createFingerprintStore(dataDir); await store.read(); await store.write(current, index);

import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Config, SourceConfig } from "../config/config.js";
import { readIfExists, writeAtomic } from "../core/file-store.js";
import { REPO_ROOT } from "../core/paths.js";
import { sampleSource } from "./sample-source.js";

/** Folders and files, relative to the repository root, whose contents shape records. */
const RULE_PATHS = ["config", "crawlers", "indexer", "core/project.ts"];
const RULE_FILE = /\.(ts|json)$/;

export const FINGERPRINT_FILE = "rules-fingerprint.json";

export interface StoredFingerprint {
  fingerprint: string;
  /** The index the records went into: another index name holds nothing derived yet. */
  index: string;
  storedAt: string;
}

/** A sha256 over the rule files (by path, in sorted order) and the sources' extraction settings. */
export async function rulesFingerprint(config: Pick<Config, "port" | "sources">, root = REPO_ROOT): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await ruleFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(root, file)));
    hash.update("\0");
  }
  // The same list of sources that indexFromArchive reads pages with.
  const sources = [sampleSource(config.port), ...config.sources].map(extractionSettings);
  hash.update(JSON.stringify(sources));
  return hash.digest("hex");
}

function extractionSettings({ name, projectPages, selectors, publicOrigin, siteScope }: SourceConfig) {
  return { name, projectPages, selectors, publicOrigin, siteScope };
}

/** The rule files, relative to `root` with "/" separators, sorted so the order never depends on the disk. */
async function ruleFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of RULE_PATHS) {
    const listed = entry.endsWith(".ts")
      ? [entry]
      : (await readdir(path.join(root, entry), { recursive: true })).map((file) => path.join(entry, file));
    files.push(...listed.filter((file) => RULE_FILE.test(file)).map((file) => file.split(path.sep).join("/")));
  }
  return files.sort();
}

export function createFingerprintStore(dataDir: string) {
  const file = path.join(dataDir, FINGERPRINT_FILE);
  return {
    file,
    async read(): Promise<StoredFingerprint | undefined> {
      const text = await readIfExists(file);
      try {
        return text ? (JSON.parse(text) as StoredFingerprint) : undefined;
      } catch {
        // Edited by hand into something unreadable: as good as none, so the records are derived again.
        return undefined;
      }
    },
    /** Called only once the index holds what these rules derive (after a swap, or a fill from nothing). */
    async write(fingerprint: string, index: string, now = new Date()): Promise<void> {
      const stored: StoredFingerprint = { fingerprint, index, storedAt: now.toISOString() };
      await writeAtomic(file, JSON.stringify(stored, null, 2));
    },
  };
}

export type FingerprintStore = ReturnType<typeof createFingerprintStore>;
