// Callers' mistakes and hostile input at the edges: a partner key given twice or empty is
// refused (never read as "no key", which would drop the partner's scope and origin check),
// facet names that are Object.prototype members are unknown facets, and a legacy page that
// declares no charset is decoded right, so its municipality is found.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "chai";
import type { Express } from "express";
import request from "supertest";
import { loadConfig } from "../../config/config.js";
import { silentLogger } from "../../core/logger.js";
import { extractPage } from "../../crawlers/extract.js";
import { createFetcher } from "../../crawlers/fetcher.js";
import { normalizeProject } from "../../crawlers/normalize/index.js";
import { loadVocabularies } from "../../crawlers/vocabulary.js";
import { createApp } from "../../server/app.js";
import { appConfig } from "../support/app-config.js";
import { testEngine, uniqueIndexName } from "../support/hooks.js";
import { project } from "../support/projects.js";
import { searchStack } from "../support/search-stack.js";

const PARTNER = {
  key: "partner-key-123",
  name: "Lapin partneri",
  origins: ["https://partner.example"],
  scope: { region: ["Lappi"] },
};

describe("input edges", function () {
  describe("partner keys and facet names", function () {
    let app: Express;
    const indexName = uniqueIndexName("edges");

    before(async function () {
      const stack = await searchStack(indexName);
      await stack.indexer.ensureIndex();
      await stack.indexer.upsert([
        project("lappi", { title: "Nuorten tuki Lapissa", regions: ["Lappi"] }),
        project("uusimaa", { title: "Nuorten tuki Uudellamaalla", regions: ["Uusimaa"] }),
      ]);
      app = createApp({ search: stack.search, config: appConfig([PARTNER]), logger: silentLogger() });
    });

    after(async function () {
      await testEngine().client.deleteIndex(indexName).waitTask();
    });

    it("keeps the partner's scope for a well-formed key", async function () {
      const scoped = await request(app).get(`/api/search?q=nuorten&key=${PARTNER.key}`).expect(200);
      expect(scoped.body.hits.map((hit: { id: string }) => hit.id)).to.deep.equal(["lappi"]);
    });

    for (const query of [`key=${PARTNER.key}&key=${PARTNER.key}`, `key=${PARTNER.key}&key=`, "key=", "key=%20"]) {
      it(`answers 400 with a message, not a public unscoped search, for ?${query}`, async function () {
        const response = await request(app).get(`/api/search?q=nuorten&${query}`).set("Origin", "https://evil.example");
        expect(response.status).to.equal(400);
        expect(response.body.error).to.match(/key/);
        expect(response.body.hits).to.equal(undefined);
      });
    }

    it("answers 400 for an empty key header and for a header and query naming different keys", async function () {
      await request(app).get("/api/search").set("X-Hankehaku-Key", "").expect(400);
      const mixed = await request(app).get(`/api/search?key=${PARTNER.key}`).set("X-Hankehaku-Key", "other-key-456");
      expect(mixed.status).to.equal(400);
    });

    for (const facet of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      it(`answers 400 naming the known facets for /api/facets/${facet}`, async function () {
        const response = await request(app).get(`/api/facets/${facet}`).expect(400);
        expect(response.body.error).to.contain("unknown facet").and.to.contain("region");
      });
    }

    it("still answers a known facet", async function () {
      const response = await request(app).get("/api/facets/region").expect(200);
      expect(JSON.stringify(response.body)).to.contain("Lappi");
    });
  });

  describe("a windows-1252 page that declares no charset", function () {
    let server: Server;
    let origin: string;
    const html =
      "<html><head><title>Äänekosken nuorten hyvinvointihanke</title></head><body><main>" +
      "<h1>Äänekosken nuorten hyvinvointihanke</h1>" +
      "<p>Hanke toteutetaan Äänekoskella vuosina 2023–2025. Hallinnoija: Äänekosken kaupunki. " +
      "Hankkeessa kehitetään nuorten mielenterveyspalveluita yhdessä järjestöjen kanssa.</p>" +
      "</main></body></html>";

    before(async function () {
      // windows-1252 bytes: ä, Ä and the en dash are single bytes, invalid as UTF-8.
      const bytes = toWindows1252(html);
      server = createServer((_req, res) => {
        res.writeHead(200, { "content-type": "text/html" }).end(bytes);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    after(function () {
      server.close();
    });

    it("is decoded with the detected charset and its municipality is found", async function () {
      const config = await loadConfig({});
      const page = await createFetcher({ ...config.crawler, retries: 0 })(`${origin}/hanke.html`);
      expect(page.body).to.contain("Äänekosken nuorten").and.not.contain("\uFFFD");
      const record = normalizeProject(extractPage(page.body, page.url), {
        fetchedAt: page.fetchedAt,
        now: new Date(),
        vocabularies: await loadVocabularies(),
      });
      expect(record.title).to.equal("Äänekosken nuorten hyvinvointihanke");
      expect(record.municipalities).to.include("Äänekoski");
      expect(record.regions).to.include("Keski-Suomi");
    });
  });
});

/** The text as windows-1252 bytes (Node has no encoder for it; these characters are enough). */
function toWindows1252(text: string): Buffer {
  const special: Record<string, number> = { "–": 0x96, "—": 0x97, "€": 0x80 };
  return Buffer.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}
