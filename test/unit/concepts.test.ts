import { expect } from "chai";
import { loadTextAnalyzer, type TextAnalyzer } from "../../indexer/text-analysis.js";
import { conceptToken, createThesaurus } from "../../indexer/thesaurus.js";
import { conceptQuery, textQueries } from "../../server/text-queries.js";
import { parseQuery } from "../../server/query-syntax.js";

const ELDERLY_CARE = conceptToken("vanhuspalvelut");
const YOUTH = conceptToken("nuoret");

describe("thesaurus concepts", function () {
  let analyzer: TextAnalyzer;

  before(async function () {
    analyzer = await loadTextAnalyzer();
  });

  it("tags a record by the narrower terms its text uses, inflected, in Finnish, Swedish or English", function () {
    const tagged = (text: string) => analyzer.thesaurus.conceptsIn(text, {});
    expect(tagged("Osa kotihoidon käynneistä tehdään kuvapuheluna.")).to.include(ELDERLY_CARE);
    expect(tagged("Projektet stöder hemvården i skärgården.")).to.include(ELDERLY_CARE);
    expect(tagged("Training days for home care staff.")).to.include(ELDERLY_CARE);
    expect(tagged("Nuorille perustettiin päihdepoliklinikka, jonne pääsi ilman lähetettä.")).to.include(
      conceptToken("matalan kynnyksen palvelut"),
    );
    expect(tagged("Hanke kehittää liikuntaa kouluissa.")).to.deep.equal([]);
  });

  it("does not read a funder's name as a place: 'landsbygdsutveckling' is not rural", function () {
    const tagged = analyzer.thesaurus.conceptsIn("Europeiska jordbruksfonden för landsbygdsutveckling", {});
    expect(tagged).not.to.include(conceptToken("harvaan asutut alueet"));
  });

  it("gives a record the token of its own facet value when that value has narrower terms", function () {
    expect(analyzer.thesaurus.conceptsIn("", { targetGroups: ["nuoret"] })).to.deep.equal([YOUTH]);
    expect(analyzer.thesaurus.conceptsIn("", { targetGroups: ["kunnat"] })).to.deep.equal([]);
  });

  it("lets one term stand under two concepts", function () {
    const thesaurus = createThesaurus({
      facets: {},
      concepts: {
        a: { fi: "a", sv: "a", en: "a", includes: ["Ohjaamo"] },
        b: { fi: "b", sv: "b", en: "b", includes: ["Ohjaamo*"] },
      },
    });
    expect(thesaurus.conceptsIn("Ohjaamossa", {})).to.have.members([conceptToken("a"), conceptToken("b")]);
  });

  it("replaces the whole words of a query that name a concept, in any language and inflected form", function () {
    expect(analyzer.conceptKeys("vanhuspalvelut")).to.equal(ELDERLY_CARE);
    expect(analyzer.conceptKeys("äldreomsorg")).to.equal(ELDERLY_CARE);
    expect(analyzer.conceptKeys("elderly care")).to.equal(ELDERLY_CARE);
    expect(analyzer.conceptKeys("nuorten syrjäytymistä")).to.equal(`${YOUTH} ${conceptToken("syrjäytymisen ehkäisy")}`);
    expect(analyzer.conceptKeys("nuorten mielenterveys")).to.equal(`${YOUTH} ${conceptToken("mielenterveys")}`);
    expect(analyzer.conceptKeys("nuorten mielenterveys palvelut")?.split(" ")).to.include("palve");
  });

  it("leaves a compound that only begins with a concept's name alone, and a query without one", function () {
    // "nuorisotyö" (youth work) has the same cut key as "nuoriso" but is not the target group.
    expect(analyzer.conceptKeys("nuorisotyö")).to.equal(undefined);
    expect(analyzer.conceptKeys("liikunta koululaiset")).to.equal(undefined);
  });

  it("adds a concept query that needs every word, and none when the query names no concept", function () {
    const query = conceptQuery(parseQuery("äldreomsorg -Helsinki"), analyzer, 0.9);
    expect(query?.q).to.match(new RegExp(`^${ELDERLY_CARE} `));
    expect(query?.q).to.include("-Helsinki");
    expect(query?.matchingStrategy).to.equal("all");
    const plain = { matchingStrategy: "last" as const, keysWeight: 0.9, conceptWeight: 0.9 };
    expect(textQueries(parseQuery("äldreomsorg"), analyzer, plain)).to.have.length(3);
    expect(textQueries(parseQuery("liikunta"), analyzer, plain)).to.have.length(2);
  });

  it("lets a concept token find the records that name the concept without carrying it", function () {
    expect(analyzer.conceptSynonyms()[ELDERLY_CARE]).to.include("vanhu palve");
  });
});
