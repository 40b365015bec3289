import { expect } from "chai";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { SAMPLE_SITE_DIR } from "../../../core/paths.js";
import { extractPage } from "../../../crawlers/extract.js";
import { detectLanguage } from "../../../crawlers/normalize/page.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/page: language", function () {
  let languageWords: Vocabularies["languageWords"];
  before(async function () {
    ({ languageWords } = await loadVocabularies());
  });

  it("takes a page for the language its text is in, whatever the page declares", function () {
    const swedish =
      "Projektet utvecklar tjänster för äldre som bor hemma. Målet är att stödja familjer och att det ska vara lätt att få hjälp från kommunen och från föreningar.";
    const finnish =
      "Hanke kehittää kotona asuvien ikäihmisten palveluja. Tavoitteena on, että perheet saavat tukea ja että apua on helppo saada kunnasta ja järjestöiltä sekä myös seurakunnista.";
    for (const declared of ["fi", "sv", "en", undefined]) {
      expect(detectLanguage(swedish, declared, languageWords), `declared ${declared}`).to.equal("sv");
      expect(detectLanguage(finnish, declared, languageWords), `declared ${declared}`).to.equal("fi");
    }
  });

  it("says what franc says on every sample page, with each language declared", async function () {
    const files = (await readdir(SAMPLE_SITE_DIR, { recursive: true })).filter((file) => file.endsWith(".html"));
    expect(files.length).to.be.greaterThan(50);
    for (const file of files) {
      const html = await readFile(path.join(SAMPLE_SITE_DIR, file), "utf8");
      const page = extractPage(html, `http://127.0.0.1/${file}`);
      for (const declared of ["fi", "sv", "en"]) {
        const byFranc = detectLanguage(`${page.title}\n${page.text}`, declared);
        expect(detectLanguage(`${page.title}\n${page.text}`, declared, languageWords), `${file} ${declared}`).to.equal(
          byFranc,
        );
      }
    }
  });
});
