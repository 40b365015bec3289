// An operator upgrades Hankehaku (new extraction rules, new hidden fields): at the next start,
// or at `index`, every record is derived again from the crawl archive, before any crawl, and
// the rules fingerprint is stored only after the swap. Unchanged rules rebuild nothing.
// Old rules are simulated by writing old-looking records straight into Meilisearch (an old
// title, no hidden search fields) and an older fingerprint into the data dir.

import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "chai";
import { applyEnv, loadConfig, type Config, type SourceConfig } from "../../config/config.js";
import { startService } from "../../app/service.js";
import { createFingerprintStore, rulesFingerprint } from "../../app/rules-fingerprint.js";
import { CONCEPTS_FIELD, KEYS_FIELD } from "../../indexer/settings.js";
import { serveGeneratedSite, type GeneratedSite } from "../support/generated-site.js";
import { makeTempDir, testEngine, uniqueIndexName } from "../support/hooks.js";
import { memoryLogger } from "../support/memory-logger.js";
import { FIXTURE_ORIGIN, FIXTURE_SITE } from "../support/paths.js";
import { quietEnv, spawnCli } from "../support/processes.js";
import { serveStaticSite, type StaticSite } from "../support/static-site.js";

type Doc = Record<string, unknown> & { id: string; title: string; url: string };

const OLD_FINGERPRINT = "0".repeat(64);
const OLD_TITLE = "Vanhan version otsikko";
const ADMIN_KEY = "upgrade-admin-key";

/** What an operator sees of the records at GET /api/admin/sources. */
async function recordsStatus(serviceUrl: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${serviceUrl}/api/admin/sources`, {
    headers: { authorization: `Bearer ${ADMIN_KEY}` },
  });
  return ((await response.json()) as { records: Record<string, unknown> }).records;
}

describe("upgrading Hankehaku: records re-derived when the rules change", function () {
  this.timeout(90_000);
  let siteA: GeneratedSite;
  let siteB: StaticSite;
  let sourceA: SourceConfig;
  let sourceB: SourceConfig;
  let config: Config;

  const index = () => testEngine().client.index<Doc>(config.meili.index);
  const documents = async () => (await index().getDocuments({ limit: 1000 })).results;
  const storedFingerprint = async () => (await createFingerprintStore(config.dataDir).read())?.fingerprint;
  const withSources = (sources: SourceConfig[]) => ({ ...config, sources });

  async function run(sources: SourceConfig[]) {
    const memory = memoryLogger();
    const service = await startService({ config: withSources(sources), logger: memory.logger });
    return { service, logs: memory.records };
  }

  /** What an older version left: its records (an old title, no hidden fields) and its fingerprint. */
  async function leaveOldRecords() {
    const old = (await documents()).map((doc) => {
      const copy: Doc = { ...doc, title: OLD_TITLE };
      delete copy[KEYS_FIELD];
      delete copy[CONCEPTS_FIELD];
      return copy;
    });
    await index().addDocuments(old).waitTask({ timeout: 30_000 });
    await createFingerprintStore(config.dataDir).write(OLD_FINGERPRINT, config.meili.index);
  }

  before(async function () {
    siteA = await serveGeneratedSite({ projects: 12 });
    siteB = await serveStaticSite(FIXTURE_SITE, { writtenForOrigin: FIXTURE_ORIGIN });
    sourceA = { name: "site-a", startUrls: [`${siteA.origin}/`], delayMs: 0 };
    sourceB = { name: "site-b", startUrls: [`${siteB.origin}/index.html`], delayMs: 0 };
    const { url, masterKey } = testEngine();
    config = applyEnv(
      {
        ...(await loadConfig({})),
        sampleCorpus: false,
        port: 0,
        adminKey: ADMIN_KEY,
        dataDir: await makeTempDir("upgrade"),
        meili: { url, masterKey, index: uniqueIndexName("upgrade") },
      },
      {},
      process.cwd(),
    );
  });

  after(async function () {
    await siteA.close();
    await siteB.close();
    await testEngine().client.deleteIndex(config.meili.index).waitTask({ timeout: 30_000 });
    await rm(config.dataDir, { recursive: true, force: true });
  });

  it("first start on an empty data dir records the running rules' fingerprint", async function () {
    const { service } = await run([sourceA]);
    try {
      expect(await service.rederive).to.deep.include({ action: "recorded" });
      await service.initialCrawl;
      expect(await storedFingerprint()).to.equal(await rulesFingerprint(withSources([sourceA])));
      expect((await documents()).map((doc) => doc.url).sort()).to.deep.equal(siteA.projectUrls().sort());
    } finally {
      await service.stop();
    }
  });

  it("after an upgrade, re-derives every record from the archive before crawling a new source", async function () {
    await leaveOldRecords();
    const requestsBefore = siteA.requests.length;
    const { service, logs } = await run([sourceA, sourceB]);
    try {
      const outcome = await service.rederive;
      expect(outcome).to.deep.include({ action: "rebuilt", count: 12 });
      await service.initialCrawl;
      const docs = await documents();
      const fromA = docs.filter((doc) => doc.url.startsWith(siteA.origin));
      expect(fromA.map((doc) => doc.url).sort(), "no record lost").to.deep.equal(siteA.projectUrls().sort());
      for (const doc of fromA) {
        expect(doc.title).to.match(/^Hyvinvointihanke numero \d+$/);
        expect(doc[KEYS_FIELD], `${doc.url} has its hidden search keys again`).to.be.a("string").with.length.above(0);
      }
      // Crawled after the swap, so its records were not written into the index being replaced.
      expect(docs.filter((doc) => doc.url.startsWith(siteB.origin))).to.have.length.above(0);
      expect(siteA.requests.length, "re-derived from the archive, with no network").to.equal(requestsBefore);

      const current = await rulesFingerprint(withSources([sourceA, sourceB]));
      expect(await storedFingerprint()).to.equal(current);
      expect(await recordsStatus(service.url)).to.deep.equal({ rules: "current", fingerprint: current });
      const logged = logs.find((record) => record.msg === "records re-derived from the archive and swapped in");
      expect(logged).to.deep.include({
        reason: "the rules that derive records changed",
        oldFingerprint: OLD_FINGERPRINT,
        newFingerprint: current,
        count: 12,
      });
      expect(logged?.seconds).to.be.a("number");
    } finally {
      await service.stop();
    }
  });

  it("with unchanged rules, rebuilds nothing", async function () {
    const [marked] = await documents();
    if (!marked) throw new Error("no records to mark");
    await index()
      .updateDocuments([{ id: marked.id, title: "Merkki: ei johdettu uudelleen" }])
      .waitTask({ timeout: 30_000 });
    const { service, logs } = await run([sourceA, sourceB]);
    try {
      expect(await service.rederive).to.deep.include({ action: "unchanged" });
      await service.initialCrawl;
      expect(logs.map((record) => record.msg)).to.include(
        "the index holds what the running rules derive; no re-deriving",
      );
      expect((await index().getDocument(marked.id)).title, "the record was left as it was").to.equal(
        "Merkki: ei johdettu uudelleen",
      );
    } finally {
      await service.stop();
    }
  });

  it("stored the new fingerprint only with the new records, when stopped while re-deriving", async function () {
    await leaveOldRecords();
    const { service } = await run([sourceA, sourceB]);
    await service.stop();
    const titles = (await documents()).map((doc) => doc.title);
    if ((await storedFingerprint()) === OLD_FINGERPRINT) expect(titles).to.include(OLD_TITLE);
    else expect(titles, "fingerprint stored, so the records were swapped in").to.not.include(OLD_TITLE);

    // The next start finishes what the stopped one may have left.
    const again = await run([sourceA, sourceB]);
    await again.service.rederive;
    await again.service.stop();
    expect((await documents()).map((doc) => doc.title)).to.not.include(OLD_TITLE);
    expect(await storedFingerprint()).to.equal(await rulesFingerprint(withSources([sourceA, sourceB])));
  });

  it("`serve` rebuilds nothing and only warns that the rules differ", async function () {
    await leaveOldRecords();
    const memory = memoryLogger();
    const service = await startService({ config: withSources([sourceA]), logger: memory.logger, crawl: false });
    await service.rederive;
    const shown = await recordsStatus(service.url);
    await service.stop();
    expect(shown, "the operator sees that the records are stale").to.deep.include({
      rules: "stale",
      reason: "the rules that derive records changed",
    });
    const warning = memory.records.find((record) =>
      String(record.msg).startsWith("records may be derived by other rules"),
    );
    expect(warning).to.deep.include({
      reason: "the rules that derive records changed",
      oldFingerprint: OLD_FINGERPRINT,
    });
    expect(await storedFingerprint()).to.equal(OLD_FINGERPRINT);
    expect((await documents()).map((doc) => doc.title)).to.include(OLD_TITLE);
  });

  it("`index` re-derives the records after an upgrade, as `start` does", async function () {
    await leaveOldRecords();
    const settings = path.join(config.dataDir, "settings.json");
    await writeFile(settings, JSON.stringify({ sources: [sourceA, sourceB], meili: { index: config.meili.index } }));
    const cli = spawnCli(
      ["index"],
      quietEnv({
        HANKEHAKU_CONFIG: settings,
        HANKEHAKU_DATA_DIR: config.dataDir,
        MEILI_URL: config.meili.url ?? "",
        MEILI_MASTER_KEY: config.meili.masterKey ?? "",
      }),
    );
    expect(await cli.exit(60_000)).to.deep.equal({ code: 0, signal: null });
    expect(cli.stderr()).to.contain("records re-derived from the archive and swapped in");
    expect((await documents()).map((doc) => doc.title)).to.not.include(OLD_TITLE);
    const stored = JSON.parse(await readFile(createFingerprintStore(config.dataDir).file, "utf8")) as {
      fingerprint: string;
    };
    expect(stored.fingerprint).to.equal(await rulesFingerprint(withSources([sourceA, sourceB])));
  });
});
