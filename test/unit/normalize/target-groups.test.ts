// normalize/target-groups: whom a project is for, from target facts, target sentences with the
// bullets under them, and people named in the title and in sentences of purpose.

import { expect } from "chai";
import { ageGroups, targetGroupsOf, targetLines } from "../../../crawlers/normalize/target-groups.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/target-groups", function () {
  let vocabularies: Vocabularies;
  before(async function () {
    vocabularies = await loadVocabularies();
  });

  it("reads the bullets under a target label that ends with a colon, in Swedish and Finnish", function () {
    const sentences = [
      "Projektets målgrupper:",
      "• Unga vuxna med psykiska störningar.",
      "• Närståendevårdare.",
      "Projektet som helhet",
      "• En punkt som inte hör till listan.",
    ];
    expect(targetLines(sentences, vocabularies.cues)).to.deep.equal(sentences.slice(0, 3));
    expect(targetGroupsOf([], sentences, vocabularies)).to.deep.equal([
      "nuoret aikuiset",
      "omaishoitajat",
      "mielenterveyskuntoutujat",
    ]);
    expect(
      targetGroupsOf(
        [],
        [
          "Toimenpiteet kohdistuvat seuraaviin ryhmiin:",
          "• Päihdeongelmista kärsivät aikuiset",
          "• Iäkkäät kotona asuvat",
        ],
        vocabularies,
      ),
    ).to.deep.equal(["ikääntyneet", "päihteiden käyttäjät"]);
  });

  it("takes people, not organisations, from the title and from sentences of purpose", function () {
    expect(targetGroupsOf([], [], vocabularies, "Maaseudulla asuvien ikäihmisten aktivointi")).to.deep.equal([
      "ikääntyneet",
    ]);
    expect(targetGroupsOf([], [], vocabularies, "Välfärd för kommuner över gränser")).to.deep.equal([]);
    expect(
      targetGroupsOf(
        [],
        ["Hankkeen tavoitteena on parantaa maahanmuuttajataustaisten työnhakijoiden palveluja yhdessä kuntien kanssa."],
        vocabularies,
      ),
    ).to.deep.equal(["maahanmuuttajat", "työttömät"]);
    // Stated as a target group, an organisation counts.
    expect(targetGroupsOf(["Kunnat ja kolmas sektori"], [], vocabularies)).to.deep.equal(["kunnat", "järjestöt"]);
  });

  it("drops families beside families with children, and reads age ranges", function () {
    expect(targetGroupsOf(["Lapsiperheet ja perheet"], [], vocabularies)).to.deep.equal(["lapsiperheet"]);
    expect(ageGroups("15–29-vuotiaat nuoret", vocabularies.cues)).to.include("nuoret");
  });
});
