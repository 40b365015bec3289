// The rules fingerprint changes with any rule file or a source's extraction settings, and with
// nothing else: a copy of the rule folders in a temporary root is edited and hashed again.

import { appendFile, cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { createFingerprintStore, rulesFingerprint } from "../../app/rules-fingerprint.js";
import { REPO_ROOT } from "../../core/paths.js";
import type { SourceConfig } from "../../config/config.js";

describe("rules fingerprint", function () {
  let root: string;
  const source: SourceConfig = { name: "site", startUrls: ["https://example.fi/"] };
  const config = { port: 3000, sources: [source] };

  beforeEach(async function () {
    root = await mkdtemp(path.join(os.tmpdir(), "hankehaku-rules-"));
    for (const folder of ["config", "crawlers", "indexer"])
      await cp(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
    await cp(path.join(REPO_ROOT, "core", "project.ts"), path.join(root, "core", "project.ts"));
  });

  afterEach(async function () {
    await rm(root, { recursive: true, force: true });
  });

  it("is the same for the same rules, and the repository's own", async function () {
    const first = await rulesFingerprint(config, root);
    expect(first).to.match(/^[0-9a-f]{64}$/);
    expect(await rulesFingerprint(config, root)).to.equal(first);
    expect(await rulesFingerprint(config)).to.equal(first);
  });

  for (const file of ["config/funders.json", "crawlers/extract.ts", "indexer/settings.ts", "core/project.ts"]) {
    it(`changes when ${file} changes`, async function () {
      const before = await rulesFingerprint(config, root);
      await appendFile(path.join(root, file), "\n");
      expect(await rulesFingerprint(config, root)).to.not.equal(before);
    });
  }

  it("changes with a new rule file in a subfolder, not with a file that is no rule", async function () {
    const before = await rulesFingerprint(config, root);
    await writeFile(path.join(root, "crawlers", "notes.md"), "not a rule");
    expect(await rulesFingerprint(config, root)).to.equal(before);
    await writeFile(path.join(root, "crawlers", "normalize", "new-rule.ts"), "export {};");
    expect(await rulesFingerprint(config, root)).to.not.equal(before);
  });

  it("changes with a source's extraction settings, not with its schedule", async function () {
    const before = await rulesFingerprint(config, root);
    expect(await rulesFingerprint({ ...config, sources: [{ ...source, schedule: "0 3 * * *" }] }, root)).to.equal(
      before,
    );
    const selectors = { title: "h1.otsikko" };
    expect(await rulesFingerprint({ ...config, sources: [{ ...source, selectors }] }, root)).to.not.equal(before);
  });

  it("reads a fingerprint file edited into nonsense as none", async function () {
    const store = createFingerprintStore(root);
    await writeFile(store.file, "{ not json");
    expect(await store.read()).to.equal(undefined);
    await store.write("abc", "projects");
    expect(await store.read()).to.deep.include({ fingerprint: "abc", index: "projects" });
  });
});
