import { writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "chai";
import { ConfigError, loadConfig } from "../../config/config.js";

/** The ConfigError loadConfig throws for this environment (the test fails if it loads). */
async function refusal(env: Record<string, string>): Promise<string> {
  try {
    await loadConfig(env, "/srv/app");
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("the configuration was accepted");
}

/** A config file with this content, in a fresh temporary directory. */
async function configFile(content: unknown): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "hankehaku-config-")), "site.json");
  await writeFile(file, JSON.stringify(content));
  return file;
}

describe("configuration", function () {
  it("has a default for every setting", async function () {
    const config = await loadConfig({}, "/srv/app");
    expect(config.port).to.equal(3000);
    expect(config.dataDir).to.equal("/srv/app/data");
    expect(config.sampleCorpus).to.equal(true);
    expect(config.meili.url).to.equal(undefined);
    expect(config.sources.map((source) => source.name)).to.include("innokyla");
  });

  it("lets environment variables win over the files", async function () {
    const config = await loadConfig(
      {
        PORT: "8080",
        MEILI_URL: "http://meili:7700",
        MEILI_MASTER_KEY: "k".repeat(20),
        HANKEHAKU_DATA_DIR: "/var/lib/hankehaku",
      },
      "/srv/app",
    );
    expect(config.port).to.equal(8080);
    expect(config.meili).to.include({ url: "http://meili:7700", masterKey: "k".repeat(20) });
    expect(config.dataDir).to.equal("/var/lib/hankehaku");
  });

  it("says what is wrong with a bad value", async function () {
    let error: unknown;
    try {
      await loadConfig({ PORT: "eighty" });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ConfigError);
    expect((error as Error).message).to.contain('PORT must be an integer 0-65535, got "eighty"');
  });

  it("names a config file that cannot be read", async function () {
    let error: unknown;
    try {
      await loadConfig({ HANKEHAKU_CONFIG: "/nonexistent/hankehaku.json" });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ConfigError);
    expect((error as Error).message).to.contain("/nonexistent/hankehaku.json");
  });

  it("keeps the defaults a partial config file does not mention", async function () {
    const file = await configFile({ crawler: { concurrency: 2 }, api: { cacheSeconds: 5 } });
    const config = await loadConfig({ HANKEHAKU_CONFIG: file }, "/srv/app");
    expect(config.crawler.concurrency).to.equal(2);
    expect(config.crawler.timeoutMs).to.equal(15000);
    expect(config.api).to.deep.equal({ rateLimitPerMinute: 600, cacheSeconds: 5 });
    expect(config.crawler.userAgent).to.contain("+http://localhost:3000/bot");
  });

  it("refuses a misspelt key, naming the file and the key path", async function () {
    const file = await configFile({ crawler: { concurency: 2 } });
    const message = await refusal({ HANKEHAKU_CONFIG: file });
    expect(message).to.equal(`config file ${file}: crawler.concurency is not a known setting`);
  });

  it("refuses a value of the wrong type, naming the expected type and what it got", async function () {
    const file = await configFile({ api: { rateLimitPerMinute: "lots" }, sampleCorpus: "yes" });
    const message = await refusal({ HANKEHAKU_CONFIG: file });
    expect(message).to.contain(`config file ${file}: api.rateLimitPerMinute must be a number, got "lots"`);
    expect(message).to.contain(`config file ${file}: sampleCorpus must be a boolean, got "yes"`);
  });

  it("names the item of a list that is wrong, and what is missing from it", async function () {
    const file = await configFile({
      sources: [
        { name: "oma", startUrls: ["/"], schedule: "every night" },
        { name: "toinen", startUrl: "/" },
      ],
    });
    const message = await refusal({ HANKEHAKU_CONFIG: file });
    expect(message).to.contain('sources[0].schedule must be a cron expression, got "every night"');
    expect(message).to.contain(`config file ${file}: sources[1].startUrls is missing (an array)`);
    expect(message).to.contain("sources[1].startUrl is not a known setting");
  });

  it("refuses a partner scope that is not a facet, and a key used twice", async function () {
    const partner = { key: "partner-key-1", name: "Kunta", origins: ["https://kunta.fi"] };
    const file = await configFile({ partners: [{ ...partner, scope: { kunta: ["Kuopio"] } }, partner] });
    const message = await refusal({ HANKEHAKU_CONFIG: file });
    expect(message).to.contain("partners[0].scope.kunta is not a facet (region, funder");
    expect(message).to.contain('partners[1].key must be unique, got "partner-key-1"');
  });

  it("names the environment variable whose value is wrong", async function () {
    expect(await refusal({ HANKEHAKU_SAMPLE_CORPUS: "maybe" })).to.equal(
      'environment variable HANKEHAKU_SAMPLE_CORPUS must be true or false, got "maybe"',
    );
    expect(await refusal({ PORT: "70000" })).to.equal(
      "environment variable PORT: port must be an integer 0-65535, got 70000",
    );
    const off = await loadConfig({ HANKEHAKU_SAMPLE_CORPUS: "off", HOST: "" }, "/srv/app");
    expect(off.sampleCorpus).to.equal(false);
    expect(off.host).to.equal("127.0.0.1");
  });
});
