// Writes the OpenAPI document the app serves to test-output/openapi.json, where Redocly's
// linter and openapi-typescript read it (`npm run lint:openapi`, the API contract test).
// Usage: npx tsx test/support/openapi-file.ts  or  await writeOpenApiFile()

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../../core/paths.js";
import { OPENAPI_DOCUMENT } from "../../server/openapi.js";

const OPENAPI_FILE = path.join(REPO_ROOT, "test-output", "openapi.json");

export async function writeOpenApiFile(): Promise<string> {
  await mkdir(path.dirname(OPENAPI_FILE), { recursive: true });
  await writeFile(OPENAPI_FILE, JSON.stringify(OPENAPI_DOCUMENT, null, 2));
  return OPENAPI_FILE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await writeOpenApiFile();
