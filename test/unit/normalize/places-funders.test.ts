import { expect } from "chai";
import { fundersOf, fundingShares } from "../../../crawlers/normalize/funders.js";
import { placesOf } from "../../../crawlers/normalize/places.js";
import { titleOf } from "../../../crawlers/normalize/title.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/places, funders and title", function () {
  let vocabularies: Vocabularies;
  before(async function () {
    vocabularies = await loadVocabularies();
  });

  it("places: where the work is, in Finnish, Swedish and English, not addresses, authorities or institutions' names", function () {
    const places = (sentences: string[], areaFacts: string[] = []) =>
      placesOf({ title: "", areaFacts, sentences }, vocabularies);
    expect(places(["Toimintaa on Alajärvellä, Lappajärvellä ja Vimpelissä."]).municipalities).to.deep.equal([
      "Alajärvi",
      "Lappajärvi",
      "Vimpeli",
    ]);
    expect(places(["Projektet erbjöd stöd i Vasa, Närpes och Korsholm."]).regions).to.deep.equal(["Pohjanmaa"]);
    expect(places(["It runs the pilot in the schools of Naantali."]).municipalities).to.deep.equal(["Naantali"]);
    expect(places([], ["Pohjois-Pohjanmaan hyvinvointialue"]).regions).to.deep.equal(["Pohjois-Pohjanmaa"]);
    expect(places(["Valtakunnallinen hanke."]).regions).to.deep.equal(["Koko Suomi"]);
    const none = places([
      "Postitoimipaikka: Mikkeli",
      "Vastuuviranomainen: Etelä-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus",
      "Turku University of Applied Sciences develops the modules.",
      "Hanke toimii Åland-yhteistyössä.",
    ]);
    expect(none).to.deep.equal({ regions: [], municipalities: [] });
  });

  it("funders: inflected and possessive forms in sentences, Swedish and English, public bodies in their basic form", function () {
    const funders = (sentences: string[], facts: string[] = []) => fundersOf(facts, sentences, vocabularies);
    expect(funders(["Euroopan sosiaalirahasto plussan (ESR+) rahoittaman hankkeen kuvaus"])).to.deep.equal([
      "Euroopan sosiaalirahasto plus (ESR+)",
    ]);
    expect(funders(["Toimintaa järjestetään STEA:n tuella."])).to.deep.equal([
      "Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)",
    ]);
    expect(
      funders(["Hanke toteutetaan Sosiaali- ja terveysministeriön myöntämällä valtionavustuksella."]),
    ).to.deep.equal(["Sosiaali- ja terveysministeriö (STM)"]);
    expect(funders(["Projektet finansieras av Europeiska socialfonden plus."])).to.deep.equal([
      "Euroopan sosiaalirahasto plus (ESR+)",
    ]);
    expect(funders(["The project is co-funded by the European Union."])).to.deep.equal(["Euroopan unioni"]);
    expect(funders(["Hanke saa Keski-Suomen liiton myöntämää rahoitusta."])).to.deep.equal(["Keski-Suomen liitto"]);
    expect(funders([], ["Euroopan unionin osarahoittama (ESR+), Lapin ELY-keskus"])).to.deep.equal([
      "Euroopan sosiaalirahasto plus (ESR+)",
      "Lapin ELY-keskus",
    ]);
  });

  it("funding shares: the percentage on either side of its funder, and a grant for the main funder", function () {
    const shares = (text: string, funders: string[] = []) => fundingShares(text, funders, vocabularies);
    expect(shares("Rahoitus: 70 % Pohjois-Pohjanmaan liitto/EAKR, 30 % JEDU")).to.deep.equal([
      { funder: "Euroopan aluekehitysrahasto (EAKR)", percent: 70 },
      { funder: "Jokilaaksojen koulutuskuntayhtymä (JEDU)", percent: 30 },
    ]);
    expect(shares("Rahoitus: STEA 80 %, Savonlinnan kaupunki 20 %")).to.deep.equal([
      { funder: "Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)", percent: 80 },
      { funder: "Savonlinnan kaupunki", percent: 20 },
    ]);
    expect(shares("Tuki: 50 % (34 250 €)", ["Leader"])).to.deep.equal([{ funder: "Leader", percent: 50 }]);
  });

  it("title: a labelled name wins over the page heading", function () {
    expect(titleOf(["HoivaDigi"], "Euroopan unioni – Vipuvoimaa EU:lta")).to.equal("HoivaDigi");
    expect(titleOf([], "Arjen Voimaa")).to.equal("Arjen Voimaa");
  });
});
