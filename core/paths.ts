// Where the project's own files are, worked out once from this file's place in the tree.
// Usage: import { configFile, readConfigJson } from "../core/paths.js"; await readConfigJson<Cues>("cues.json")

import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CONFIG_DIR = path.join(REPO_ROOT, "config");
export const PUBLIC_DIR = path.join(REPO_ROOT, "server", "public");
export const WIDGET_FILE = path.join(REPO_ROOT, "widget", "widget.js");
export const SAMPLE_SITE_DIR = path.join(REPO_ROOT, "sample-corpus", "site");
/** Gold facts of the hand-written sample pages (the format of ../shared/fixtures/gold.json). */
export const SAMPLE_GOLD_FILE = path.join(REPO_ROOT, "sample-corpus", "gold.json");

/** A data file in config/ (vocabularies, cue words, defaults). */
export const configFile = (name: string): string => path.join(CONFIG_DIR, name);

/** A JSON data file in config/, parsed; its shape is the caller's to state (validated where it matters). */
export async function readConfigJson<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(configFile(name), "utf8")) as T;
}
