// Where the shared fixtures live: ../shared next to this repository (read-only).
import path from "node:path";
import { REPO_ROOT } from "../../core/paths.js";

export const SHARED_DIR = path.resolve(REPO_ROOT, "..", "shared");
export const FIXTURE_SITE = path.join(SHARED_DIR, "fixtures", "site");
export const GOLD_FILE = path.join(SHARED_DIR, "fixtures", "gold.json");
export const FIXTURE_ORIGIN = "http://127.0.0.1:8765";
