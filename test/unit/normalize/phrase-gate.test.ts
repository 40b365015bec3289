import { expect } from "chai";
import * as cheerio from "cheerio";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { readConfigJson, SAMPLE_SITE_DIR } from "../../../core/paths.js";
import { descendantsByGroup, selectFirst, selectIn } from "../../../crawlers/dom-query.js";
import { extractPage } from "../../../crawlers/extract.js";
import { escapeRegExp, literalGate, phraseGate, phrasePattern, sentencesOf } from "../../../crawlers/normalize/text.js";

/** Every list of phrases in config/cues.json (nested lists included). */
function phraseLists(value: unknown, found: string[][] = []): string[][] {
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) found.push(value);
  else if (Array.isArray(value)) for (const item of value) phraseLists(item, found);
  else if (value && typeof value === "object") for (const item of Object.values(value)) phraseLists(item, found);
  return found;
}

describe("normalize/text: phrase gates", function () {
  let sentences: string[] = [];
  let pages: { file: string; html: string }[] = [];
  before(async function () {
    const files = (await readdir(SAMPLE_SITE_DIR, { recursive: true })).filter((file) => file.endsWith(".html"));
    pages = await Promise.all(
      files.map(async (file) => ({ file, html: await readFile(path.join(SAMPLE_SITE_DIR, file), "utf8") })),
    );
    sentences = [
      ...new Set(pages.flatMap(({ file, html }) => sentencesOf(extractPage(html, `http://127.0.0.1/${file}`).text))),
    ];
  });

  it("answers as the plain pattern does, for every cue list on every sentence of the sample corpus", async function () {
    this.timeout(60_000); // some 300 000 pattern tests on a shared machine
    const lists = phraseLists(await readConfigJson<unknown>("cues.json")).filter((list) => list.length > 0);
    expect(lists.length).to.be.greaterThan(20);
    expect(sentences.length).to.be.greaterThan(1000);
    // Letters that Unicode case folding takes for s, k and å, and words written in capitals.
    const tricky = [
      "ſtea:n tuella",
      "Projektet finanſieras",
      "KOHDERYHMÄNÄ OVAT NUORET",
      "\u212Aohderyhmä",
      "m\u212Blgrupp",
    ];
    let gated = 0;
    for (const list of lists) {
      const pattern = phrasePattern(list);
      const plain = new RegExp(pattern.source, pattern.flags);
      if (phraseGate(list)) gated += 1;
      const wrong = [...sentences, ...tricky].filter((text) => pattern.test(text) !== plain.test(text));
      expect(wrong, list.slice(0, 3).join(", ")).to.deep.equal([]);
    }
    expect(gated, "lists the gate can judge").to.be.greaterThan(lists.length / 2);
  });

  it("lets through a text that holds a phrase in any case or by a letter that folds to it", function () {
    const gate = phraseGate(["kohderyhm*", "målgrupp*", "*tuella"]);
    expect(gate).to.not.equal(undefined);
    for (const text of ["Kohderyhmänä ovat", "MÅLGRUPPEN", "STEA:n tuella", "\u212Aohderyhmä", "m\u212Blgrupp"])
      expect(gate?.(text), text).to.equal(true);
    expect(gate?.("Hanke kehittää palveluja")).to.equal(false);
  });

  it("does not judge phrases beyond Latin-1, where plain and Unicode case folding part", function () {
    expect(phraseGate(["σύνοψη"])).to.equal(undefined);
  });

  it("finds literal words wherever an 'iu' scan of them does, for every word list in config/places.json", async function () {
    this.timeout(60_000);
    const lists = phraseLists(await readConfigJson<unknown>("places.json")).filter((list) => list.length > 0);
    const tricky = ["ſeurakunta", "\u212Aunta", "UNIVERSITY", "Åbo \u212Bkademi"];
    let judged = 0;
    for (const list of lists) {
      const gate = literalGate(list);
      if (!gate) continue;
      judged += 1;
      const plain = new RegExp(list.map(escapeRegExp).join("|"), "iu");
      // Never a word missed; a letter that folds apart only lets the text through to the real pattern.
      const missed = [...sentences, ...tricky].filter((text) => plain.test(text) && !gate(text));
      expect(missed, list.slice(0, 3).join(", ")).to.deep.equal([]);
      const extra = sentences.filter((text) => gate(text) && !plain.test(text));
      expect(extra, list.slice(0, 3).join(", ")).to.deep.equal([]);
    }
    expect(judged, "word lists the gate can judge").to.be.greaterThan(3);
    expect(literalGate(["two words"]), "a space is not judged").to.equal(undefined);
  });
});

/** The same elements in the same order (by identity: a deep comparison of DOM nodes walks the whole page). */
const sameNodes = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((node, i) => node === b[i]);

describe("dom-query: first matches and groups in one walk", function () {
  it("finds what a full selector walk finds, on every sample page", async function () {
    const files = (await readdir(SAMPLE_SITE_DIR, { recursive: true })).filter((file) => file.endsWith(".html"));
    for (const file of files) {
      const $ = cheerio.load(await readFile(path.join(SAMPLE_SITE_DIR, file), "utf8"));
      const document = $.root().toArray();
      for (const selector of ["body", "main, article, [role=main]", ".content", "h1, h2"])
        expect(
          sameNodes(selectFirst(document, selector), selectIn(document, selector).slice(0, 1)),
          `${file} ${selector}`,
        ).to.equal(true);
      const groups = descendantsByGroup(document, (tag) =>
        ["div", "li", "p"].includes(tag) ? "row" : tag === "dt" ? "dt" : undefined,
      );
      expect(sameNodes(groups.get("row") ?? [], selectIn(document, "div, li, p")), file).to.equal(true);
      expect(sameNodes(groups.get("dt") ?? [], selectIn(document, "dt")), file).to.equal(true);
    }
  });
});
