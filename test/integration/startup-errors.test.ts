// Start-up mistakes end start-up with one clear line on stderr, an exit code other than 0 and
// no stack trace: a port already taken, a HOST that is no address here, a MEILI_URL where
// nothing answers. `hankehaku serve` runs as a real process, as a person would start it.

import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { rm } from "node:fs/promises";
import { expect } from "chai";
import { makeTempDir } from "../support/hooks.js";
import { quietEnv, spawnCli } from "../support/processes.js";

async function listening(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/** A loopback port where nothing listens (taken and released at once). */
async function closedPort(): Promise<number> {
  const server = await listening();
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function failedStart(env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
  const app = spawnCli(["serve"], quietEnv(env));
  const outcome = await app.exit(60_000);
  if (outcome === "running") {
    app.child.kill("SIGKILL");
    throw new Error("serve kept running instead of stopping at the start-up error");
  }
  expect(app.stderr()).not.to.match(/^\s+at /m, "no stack trace");
  expect(app.stderr()).not.to.contain("Cannot destructure");
  // Logs are JSON lines; the person-readable lines are the others.
  const lines = app
    .stderr()
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("{"));
  return { code: outcome.code, lines };
}

describe("start-up errors", function () {
  this.timeout(90_000);
  let dataDir: string;

  beforeEach(async function () {
    dataDir = await makeTempDir("startup");
  });

  afterEach(async function () {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("says the port is in use", async function () {
    const busy = await listening();
    try {
      const { port } = busy.address() as AddressInfo;
      const { code, lines } = await failedStart({ HANKEHAKU_DATA_DIR: dataDir, PORT: String(port) });
      expect(code).to.not.equal(0);
      expect(lines).to.deep.equal([
        `hankehaku: port ${port} on 127.0.0.1 is already in use; stop what uses it or set PORT to another port`,
      ]);
    } finally {
      busy.close();
    }
  });

  it("says a HOST name is unknown", async function () {
    const { code, lines } = await failedStart({ HANKEHAKU_DATA_DIR: dataDir, HOST: "no-such-host.invalid" });
    expect(code).to.not.equal(0);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/^hankehaku: HOST=no-such-host\.invalid is not a known host name or address/);
  });

  it("says a HOST address is not one of this machine's", async function () {
    // TEST-NET-2 (RFC 5737): never assigned to a local interface.
    const { code, lines } = await failedStart({ HANKEHAKU_DATA_DIR: dataDir, HOST: "198.51.100.7" });
    expect(code).to.not.equal(0);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/^hankehaku: HOST=198\.51\.100\.7 is not an address of this machine/);
  });

  it("says Meilisearch at MEILI_URL refuses connections", async function () {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const { code, lines } = await failedStart({ HANKEHAKU_DATA_DIR: dataDir, MEILI_URL: url, MEILI_MASTER_KEY: "x" });
    expect(code).to.not.equal(0);
    expect(lines).to.deep.equal([
      `hankehaku: cannot reach Meilisearch at MEILI_URL=${url} (ECONNREFUSED); start it or correct MEILI_URL`,
    ]);
  });
});
