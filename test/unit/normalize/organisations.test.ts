import { expect } from "chai";
import { organisationsOf, ownerLine, withLegalForm } from "../../../crawlers/normalize/organisations.js";
import { sentencesOf } from "../../../crawlers/normalize/text.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/organisations", function () {
  let vocabularies: Vocabularies;
  before(async function () {
    vocabularies = await loadVocabularies();
  });
  const coordinatorOf = (text: string, site: { siteName?: string; funders?: string[]; title?: string } = {}) =>
    organisationsOf({}, text, sentencesOf(text), vocabularies, site).coordinator;

  it("reads the grant's recipient as the coordinator, in Finnish, Swedish and English", function () {
    expect(coordinatorOf("Opetusministeriö myönsi Kuopion kaupungille 120 000 euroa nuorisotyöhön.")).to.equal(
      "Kuopion kaupunki",
    );
    expect(coordinatorOf("Ministeriet har beviljat Österbottens välfärdsområde sammanlagt 2 miljoner euro.")).to.equal(
      "Österbottens välfärdsområde",
    );
    expect(
      coordinatorOf(
        "The Ministry has granted EUR 1.2 million to the Kainuu Wellbeing Services County for the years 2024–2025.",
      ),
    ).to.equal("Kainuu Wellbeing Services County");
  });

  it("reads lead cues with a name between ('Projektet X koordineras av Y') and ends an English name before its verb", function () {
    expect(
      coordinatorOf("Projektet Byns röst (2020-2022) koordineras av Svenska pensionärsförbundet och Folkhälsan."),
    ).to.equal("Svenska pensionärsförbundet");
    expect(
      coordinatorOf("The project coordinated by Lapland University of Applied Sciences aims to help carers."),
    ).to.equal("Lapland University of Applied Sciences");
    expect(coordinatorOf("Hanketta ohjaa ryhmä - Kylätalot koordinoi hanketta.")).to.equal("Kylätalot");
  });

  it("takes a list line marked as the lead, and 'X vastaa … toiminnasta'", function () {
    expect(coordinatorOf("Partners:\nUniversity of Oulu (coordinating partner)\nUniversity of Lapland")).to.equal(
      "University of Oulu",
    );
    expect(coordinatorOf("Mannerheimin Lastensuojeluliitto ry vastaa perhekahvilan toiminnasta.")).to.equal(
      "Mannerheimin Lastensuojeluliitto ry",
    );
  });

  it("completes a name with the legal form the page gives it", function () {
    expect(withLegalForm("Kylien Apu", "Kylien Apu koordinoi. Kylien Apu ry:n hallitus", ["ry", "Oy"])).to.equal(
      "Kylien Apu ry",
    );
    expect(withLegalForm("Kylien Apu", "Kylien Apuväline", ["ry"])).to.equal("Kylien Apu");
  });

  it("reads an owner line under the title, but not a sentence or a funder", function () {
    const card = "Hanke\nKotiapu kylille\nNurmeksen kaupunki\n1.2.2022 - 31.1.2024";
    expect(ownerLine(card, "Kotiapu kylille", vocabularies)).to.equal("Nurmeksen kaupunki");
    expect(ownerLine("Kotiapu kylille\nHanke alkoi vuonna 2022.", "Kotiapu kylille", vocabularies)).to.equal(undefined);
  });

  it("falls back on the site's own organisation, unless it funds the projects it shows", function () {
    expect(coordinatorOf("Ryhmät kokoontuvat verkossa.", { siteName: "Läheisvoima ry" })).to.equal("Läheisvoima ry");
    expect(coordinatorOf("Ryhmät kokoontuvat verkossa.", { siteName: "Kehittämisen Tori" })).to.equal(undefined);
    expect(coordinatorOf("Ryhmät kokoontuvat verkossa.", { siteName: "Sosiaali- ja terveysministeriö" })).to.equal(
      undefined,
    );
  });
});
