import { expect } from "chai";
import { ConfigError, loadConfig } from "../../config/config.js";

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
});
