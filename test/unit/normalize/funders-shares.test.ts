import { expect } from "chai";
import { fundersOf } from "../../../crawlers/normalize/funders.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/funders: shares of the funding, continuation grants and who only confirms a grant", function () {
  let vocabularies: Vocabularies;
  before(async function () {
    vocabularies = await loadVocabularies();
  });
  const inSentences = (...sentences: string[]) => fundersOf([], sentences, vocabularies);

  it("reads the funders a sentence lists as the parts the funding is made of", function () {
    expect(
      inSentences("Rahoitus muodostuu Euroopan aluekehitysrahaston ja hankkeen toteuttajien rahoitusosuuksista."),
    ).to.deep.equal(["Euroopan aluekehitysrahasto (EAKR)"]);
  });

  it("reads a continuation grant and a compound grant word as funding", function () {
    expect(inSentences("Opetus- ja kulttuuriministeriö myönsi erityisavustuksen kolmelle oppilaitokselle.")).to.include(
      "Opetus- ja kulttuuriministeriö (OKM)",
    );
    expect(inSentences("STEA teki päätöksen hankkeen jatkorahoituksesta syksyllä.")).to.deep.equal([
      "Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)",
    ]);
  });

  it("reads a row of logos as the funders, and one logo as the site's own", function () {
    expect(inSentences("Euroopan aluekehitysrahaston ja Pohjois-Karjalan liiton logot.")).to.have.members([
      "Euroopan aluekehitysrahasto (EAKR)",
      "Pohjois-Karjalan liitto",
    ]);
    expect(inSentences("Leader Pohjoisin Lappi -logo")).to.deep.equal([]);
  });

  it("does not read a funding programme named as the project's aim as funding", function () {
    expect(inSentences("Tavoitteena on kehittää maaseutuohjelmarahoituksen kohdentamista.")).to.deep.equal([]);
  });

  it("leaves out the ministry that confirms STEA's grant, and the proceeds STEA grants from", function () {
    expect(
      inSentences(
        "STEA on myöntänyt yhdistykselle avustusta Veikkauksen tuotoista.",
        "Sosiaali- ja terveysministeriö on vahvistanut STEAn esittämän avustuksen.",
      ),
    ).to.deep.equal(["Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)"]);
    // With no verb of confirming, a ministry beside STEA funds the project too.
    expect(inSentences("Hanketta rahoittavat STEA ja sosiaali- ja terveysministeriö.").sort()).to.deep.equal([
      "Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)",
      "Sosiaali- ja terveysministeriö (STM)",
    ]);
  });
});
