import { expect } from "chai";
import { createVocabulary, loadVocabularies, type Vocabularies } from "../../crawlers/vocabulary.js";

describe("vocabularies (config/*.json)", function () {
  let vocabularies: Vocabularies;
  before(async function () {
    vocabularies = await loadVocabularies();
  });

  it("resolves inflected, Swedish and informal region names", function () {
    expect(vocabularies.regions.find("Hanke toimii Pohjois-Savossa ja Etelä-Karjalan alueella")).to.deep.equal([
      "Pohjois-Savo",
      "Etelä-Karjala",
    ]);
    expect(vocabularies.regions.find("Uudellamaalla ja Lapissa")).to.deep.equal(["Uusimaa", "Lappi"]);
    expect(vocabularies.regions.find("pääkaupunkiseudun kunnat")).to.deep.equal(["Uusimaa"]);
    expect(vocabularies.regions.find("Rannikko-Pohjanmaan kuntayhtymä")).to.deep.equal(["Pohjanmaa"]);
    expect(vocabularies.regions.find("Österbotten och Nyland")).to.deep.equal(["Pohjanmaa", "Uusimaa"]);
    // "valtakunnallinen" is read as a cue of scope (normalize/places), not as a region's name.
    expect(vocabularies.regions.find("koko Suomessa")).to.deep.equal(["Koko Suomi"]);
  });

  it("does not read a region inside a longer name or a municipality", function () {
    expect(vocabularies.regions.find("Etelä-Pohjanmaan liitto")).to.deep.equal(["Etelä-Pohjanmaa"]);
    expect(vocabularies.regions.find("Södra Österbotten")).to.deep.equal(["Etelä-Pohjanmaa"]);
    expect(vocabularies.regions.find("Lapinlahden kunta")).to.deep.equal([]);
  });

  it("knows every municipality, inflected and in Swedish, and its region", function () {
    const { municipalities } = vocabularies;
    expect(municipalities.names).to.have.length(309);
    expect(
      municipalities.find("Kuopion kaupunki, Rovaniemellä, Helsingissä, Vasa, Lapinlahden kunta, Seinäjoella"),
    ).to.deep.equal(["Kuopio", "Rovaniemi", "Helsinki", "Vaasa", "Lapinlahti", "Seinäjoki"]);
    expect(
      ["Kuopio", "Rovaniemi", "Vaasa", "Lapinlahti", "Maarianhamina"].map((name) => municipalities.regionOf(name)),
    ).to.deep.equal(["Pohjois-Savo", "Lappi", "Pohjanmaa", "Pohjois-Savo", "Ahvenanmaa"]);
    expect(municipalities.find("II-vaiheen salo ja simo-niminen koira"), "place names are proper nouns").to.deep.equal(
      [],
    );
  });

  it("matches abbreviations case-sensitively and with a colon ending", function () {
    expect(vocabularies.funders.find("Rahoitus: STEA ja EAKR:n kautta")).to.deep.equal([
      "Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)",
      "Euroopan aluekehitysrahasto (EAKR)",
    ]);
    expect(vocabularies.funders.find("ESR+ ja ESR")).to.deep.equal([
      "Euroopan sosiaalirahasto plus (ESR+)",
      "Euroopan sosiaalirahasto (ESR)",
    ]);
    expect(vocabularies.funders.find("a ray of light")).to.deep.equal([]);
  });

  it("finds target groups from inflected and compound-free phrasing", function () {
    expect(vocabularies.targetGroups.find("nuoret aikuiset ja lapsiperheet")).to.deep.equal([
      "nuoret aikuiset",
      "lapsiperheet",
    ]);
    expect(vocabularies.targetGroups.find("Kotona asuvat ikäihmiset ja omaishoitajat")).to.deep.equal([
      "ikääntyneet",
      "omaishoitajat",
    ]);
    expect(vocabularies.targetGroups.find("sosiaali- ja terveysalan kehittäjät")).to.deep.equal(["ammattilaiset"]);
    expect(vocabularies.targetGroups.find("Unga mellan 13 och 20 år")).to.deep.equal(["nuoret"]);
  });

  it("lets a longer alias win over a shorter one inside it", function () {
    const vocabulary = createVocabulary([
      { name: "short", aliases: ["Savo"] },
      { name: "long", aliases: ["Pohjois-Savo"] },
    ]);
    expect(vocabulary.find("Pohjois-Savossa ja Savon radalla")).to.deep.equal(["long", "short"]);
  });

  it("finds an alias whose first word is shorter than three letters, inflected", function () {
    expect(vocabularies.municipalities.find("Hanke toimii Iissä ja Oulussa")).to.deep.equal(["Ii", "Oulu"]);
    const vocabulary = createVocabulary([
      { name: "EU", aliases: ["EU:n rahoitu*", "co-funded by the European Union"] },
    ]);
    expect(vocabulary.find("Tehty EU:n rahoituksella")).to.deep.equal(["EU"]);
    expect(vocabulary.find("The project is co-funded by the European Union")).to.deep.equal(["EU"]);
    expect(vocabulary.exact("EU:n rahoitusta")).to.equal("EU");
  });

  it("matches whole words only, with a case ending, an open ending or an abbreviation's ending", function () {
    const vocabulary = createVocabulary([
      { name: "Savo", aliases: ["Savo"] },
      { name: "nuoret", aliases: ["nuoriso*"] },
      { name: "STEA", aliases: ["STEA"] },
    ]);
    expect(vocabulary.find("Savossa, Savonlinnassa ja Etelä-Savoon")).to.deep.equal(["Savo"]);
    expect(vocabulary.find("Savonlinnassa")).to.deep.equal([]);
    expect(vocabulary.find("nuorisotyön kehittäminen")).to.deep.equal(["nuoret"]);
    expect(vocabulary.find("STEA:n tuella")).to.deep.equal(["STEA"]);
    expect(vocabulary.find("stea tai STEAMPUNK")).to.deep.equal([]);
    expect(vocabulary.exact("  STEA:n ")).to.equal("STEA");
    expect(vocabulary.exact("STEA ry")).to.equal(undefined);
  });
});
