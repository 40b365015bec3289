// The OpenAPI document as partners use it: Redocly's recommended rules pass, and a client
// generated from the served document (openapi-typescript types, openapi-fetch calls) compiles
// strictly and calls search, facets, a project and the feed against the running service.

import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { expect } from "chai";
import openapiTS, { astToString } from "openapi-typescript";
import { silentLogger } from "../../core/logger.js";
import { REPO_ROOT } from "../../core/paths.js";
import { createApp } from "../../server/app.js";
import { listen } from "../../server/listen.js";
import { appConfig } from "../support/app-config.js";
import { testEngine, uniqueIndexName } from "../support/hooks.js";
import { writeOpenApiFile } from "../support/openapi-file.js";
import { project } from "../support/projects.js";
import { searchStack } from "../support/search-stack.js";

const run = promisify(execFile);
const bin = (name: string) => path.join(REPO_ROOT, "node_modules", ".bin", name);
const CLIENT_DIR = path.join(REPO_ROOT, "test-output", "openapi-client");

/** A partner's program, written against the generated types; prints what each call returned. */
const CLIENT_PROGRAM = `
import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

const client = createClient<paths>({ baseUrl: process.env.HANKEHAKU_ORIGIN });
const search = await client.GET("/api/search", { params: { query: { q: "nuorten", region: ["Pohjois-Savo"] } } });
const firstId: string = search.data?.hits[0]?.id ?? "";
const project = await client.GET("/api/projects/{id}", { params: { path: { id: firstId } } });
const facets = await client.GET("/api/facets/{facet}", { params: { path: { facet: "funder" }, query: { q: "ST" } } });
const missing = await client.GET("/api/projects/{id}", { params: { path: { id: "no-such-project" } } });
const feed = await client.GET("/api/feed.atom", { params: { query: { q: "nuorten" } }, parseAs: "text" });
console.log(JSON.stringify({
  titles: search.data?.hits.map((hit) => hit.title),
  total: search.data?.total,
  projectTitle: project.data?.title,
  funders: facets.data?.values.map((value) => value.value),
  missingStatus: missing.response.status,
  missingError: missing.error?.error,
  feedStartsWith: feed.data?.slice(0, 40),
}));
`;

describe("OpenAPI document for partners", function () {
  this.timeout(120_000);
  const indexName = uniqueIndexName("openapi");
  let server: Server;
  let origin: string;

  before(async function () {
    const stack = await searchStack(indexName);
    await stack.indexer.ensureIndex();
    await stack.indexer.upsert([
      project("kuopio", { title: "Nuorten mielen tuki Kuopiossa", regions: ["Pohjois-Savo"], funders: ["STEA"] }),
      project("rovaniemi", { title: "Nuorten työpajat Rovaniemellä", regions: ["Lappi"], funders: ["ESR"] }),
    ]);
    server = await listen(
      createApp({ search: stack.search, config: appConfig([]), logger: silentLogger() }),
      0,
      "127.0.0.1",
    );
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async function () {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await testEngine().client.deleteIndex(indexName).waitTask();
  });

  it("passes Redocly's recommended rules with no errors and no warnings", async function () {
    const file = await writeOpenApiFile();
    const { stdout, stderr } = await run(
      bin("redocly"),
      ["lint", file, "--extends", "recommended", "--format", "stylish"],
      {
        cwd: REPO_ROOT,
      },
    );
    const output = stdout + stderr;
    expect(output).to.match(/Your API description is valid/);
    expect(output).not.to.match(/\bwarning\b\s+\S/);
  });

  it("generates a typed client that compiles and calls search, a project, facets and the feed", async function () {
    await mkdir(CLIENT_DIR, { recursive: true });
    const schema = astToString(await openapiTS(new URL(`${origin}/openapi.json`)));
    await writeFile(path.join(CLIENT_DIR, "schema.ts"), schema);
    await writeFile(path.join(CLIENT_DIR, "client.ts"), CLIENT_PROGRAM);
    const tscOptions = ["--noEmit", "--strict", "--target", "ES2022", "--module", "NodeNext", "--skipLibCheck"];
    await run(bin("tsc"), [...tscOptions, path.join(CLIENT_DIR, "client.ts")], { cwd: REPO_ROOT });

    const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(CLIENT_DIR, "client.ts")], {
      cwd: REPO_ROOT,
      env: { ...process.env, HANKEHAKU_ORIGIN: origin },
    });
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result.titles).to.deep.equal(["Nuorten mielen tuki Kuopiossa"]);
    expect(result.total).to.equal(1);
    expect(result.projectTitle).to.equal("Nuorten mielen tuki Kuopiossa");
    expect(result.funders).to.include("STEA");
    expect(result.missingStatus).to.equal(404);
    expect(result.missingError).to.be.a("string");
    expect(result.feedStartsWith).to.match(/^<\?xml/);
  });
});
