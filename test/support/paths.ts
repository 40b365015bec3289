// Where the shared fixtures live: ../shared next to this repository (read-only).
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SHARED_DIR = path.resolve(repoRoot, "..", "shared");
export const FIXTURE_SITE = path.join(SHARED_DIR, "fixtures", "site");
export const GOLD_FILE = path.join(SHARED_DIR, "fixtures", "gold.json");
export const FIXTURE_ORIGIN = "http://127.0.0.1:8765";
