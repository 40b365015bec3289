import { expect } from "chai";
import { funderFactTexts, fundersOf, fundingShares } from "../../../crawlers/normalize/funders.js";
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

  it("places: a stated area bounds the text; sub-regions, authorities and venues are not municipalities", function () {
    const places = (sentences: string[], areaFacts: string[] = [], title = "") =>
      placesOf({ title, areaFacts, sentences }, vocabularies);
    // Municipalities stated: the text's towns (an address, a partner university) are not the area.
    expect(
      places(["Yhteistyössä Oulun yliopiston ja Rovaniemen kaupungin kanssa."], ["Kunnat: Utsjoki, Inari"]),
    ).to.deep.equal({ regions: ["Lappi"], municipalities: ["Utsjoki", "Inari"] });
    // Regions stated: the text's towns count inside them only.
    expect(places(["Kerhoja pidetään Kokkolassa ja Tampereella."], ["Alue: Keski-Pohjanmaa"])).to.deep.equal({
      regions: ["Keski-Pohjanmaa"],
      municipalities: ["Kokkola"],
    });
    // Three regions or more: a broad area; towns in the text are partners.
    expect(
      places(
        ["Kumppaneina Turun kaupunki ja Lahden kaupunki."],
        ["Kohdealueet: Uusimaa, Kymenlaakso ja Etelä- Karjala"],
      ),
    ).to.deep.equal({ regions: ["Uusimaa", "Kymenlaakso", "Etelä-Karjala"], municipalities: [] });
    // A sub-region named after its towns gives the region only.
    expect(places(["Hanke toimii Saarijärvi-Viitasaari region alueella."])).to.deep.equal({
      regions: ["Keski-Suomi"],
      municipalities: [],
    });
    expect(places([], [], "Hyvinvointia Oulun Eteläisen alueelle").municipalities).to.deep.equal([]);
    // Institutions and venues named after a town; address lines in English.
    expect(places(["The University of Oulu coordinates the consortium."]).municipalities).to.deep.equal([]);
    expect(places(["Loppuseminaari pidetään hotelli Hilton Helsinki Kalastajatorpassa."]).municipalities).to.deep.equal(
      [],
    );
    expect(places(["City/town: Kemijärvi", "Campus: Vasa Wolffskavägen 31"]).municipalities).to.deep.equal([]);
    // The value of a fact about something else, on its own line under its label.
    expect(
      placesOf(
        { title: "", areaFacts: [], sentences: ["Postitoimipaikka", "Vaasa"], otherValues: ["Vaasa"] },
        vocabularies,
      ).municipalities,
    ).to.deep.equal([]);
    // A county by its abbreviation, a demonym, a granting authority only when nothing else places the project.
    expect(places(["Kehittämistyö tehdään Pohteen alueella."]).regions).to.deep.equal(["Pohjois-Pohjanmaa"]);
    expect(places(["Palvelut keskiuusimaalaisille nuorille."]).regions).to.deep.equal(["Uusimaa"]);
    expect(places(["Hanketta rahoittaa Pohjois-Pohjanmaan ELY-keskus."]).regions).to.deep.equal(["Pohjois-Pohjanmaa"]);
    expect(
      places(["Hanketta rahoittaa Uudenmaan ELY-keskus.", "Valtakunnallinen hanke toteutettiin vuosina 2015–2020."])
        .regions,
    ).to.deep.equal(["Koko Suomi"]);
    // Nationwide only when said of the project, not of a reform or a model.
    expect(places(["Tietoa den riksomfattande social- och hälsovårdsreformen."]).regions).to.deep.equal([]);
    expect(places(["Hankkeessa kehitettiin valtakunnallinen koordinaatiomalli."]).regions).to.deep.equal([]);
    expect(places([], [], "Kansallinen Tulevaisuuden sote-keskus -ohjelma").regions).to.deep.equal(["Koko Suomi"]);
    expect(places(["Hanke toteutuu Nivalan ja Haapaveden kaupungeissa."]).municipalities).to.deep.equal([
      "Nivala",
      "Haapavesi",
    ]);
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
      "Lapin elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus)",
    ]);
  });

  it("funders: Swedish council names, verbs of granting, a yes under a funder's label, lists, owners and predecessors", function () {
    const funders = (sentences: string[], facts: string[] = []) => fundersOf(facts, sentences, vocabularies);
    expect(
      funders([
        "Projektet finansierades av Södra Österbottens förbund, Österbottens förbund och Svenska Österbottens förbund för utbildning och kultur (SÖFUK).",
      ]),
    ).to.deep.equal([
      "Etelä-Pohjanmaan liitto",
      "Pohjanmaan liitto",
      "Svenska Österbottens förbund för utbildning och kultur (SÖFUK)",
    ]);
    expect(funders(["Projektets huvudfinansiär är Undervisnings- och kulturministeriet."])).to.deep.equal([
      "Opetus- ja kulttuuriministeriö (OKM)",
    ]);
    expect(funders(["Hanketta rahoittaa Pohjois-Pohjanmaan ELY-keskus."])).to.deep.equal([
      "Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus)",
    ]);
    expect(funders(["Hankkeisiin sosiaali- ja terveysministeriö on myöntänyt valtionavustuksia."])).to.deep.equal([
      "Sosiaali- ja terveysministeriö (STM)",
    ]);
    // The city a ministry grants money to is the recipient, not a funder.
    expect(funders(["Opetus- ja kulttuuriministeriö myönsi Turun kaupungille 250 000 euroa."])).to.deep.equal([
      "Opetus- ja kulttuuriministeriö (OKM)",
    ]);
    expect(funders(["Siilinjärven kunta tukee toimintaa taloudellisesti."])).to.deep.equal(["Siilinjärven kunta"]);
    expect(
      funders(["Toimintaa rahoitetaan STEA:n avustuksella ja Pelastakaa Lapset ry:n omalla rahoituksella."]),
    ).to.deep.equal(["Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)", "Pelastakaa Lapset ry"]);
    expect(funders(["STEA (ent.RAY) myönsi rahoituksen."])).to.deep.equal([
      "Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)",
    ]);
    expect(funders(["The researchers got the funding from the Nordic Council of Ministers."])).to.deep.equal([
      "Pohjoismaiden ministerineuvosto",
    ]);
    expect(funders(["NPA co-financing 29 250 EUR"])).to.deep.equal(["Interreg"]);
    // "(ent. RAY)" cut into two sentences at its full stop.
    expect(funders(["Toimintaa rahoitetaan STEA:n (ent.", "RAY) myöntämällä avustuksella."])).to.deep.equal([
      "Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)",
    ]);
    expect(funders(["Leader-gruppen Aktion Österbotten har beviljat stöd till projektet."])).to.deep.equal([
      "Leader",
      "Aktion Österbotten",
    ]);
    expect(funders(["The project has received significant ESF+ project funding."])).to.deep.equal([
      "Euroopan sosiaalirahasto plus (ESR+)",
    ]);
    expect(
      funders([], ["Leader, Europeiska jordbruksfonden för landsbygdsutveckling (EJFLU), Aktion Österbotten"]),
    ).to.deep.equal([
      "Leader",
      "Euroopan maaseudun kehittämisen maatalousrahasto (maaseuturahasto)",
      "Aktion Österbotten",
    ]);
  });

  it("funder facts: a yes under a label that names the funder, and a funder's name misread as a label", function () {
    expect(
      funderFactTexts(
        [
          { label: "Onko Leader", value: "kyllä" },
          { label: "Rahoittaja", value: "STEA" },
          { label: "Euroopan sosiaalirahasto (ESR)", value: "Kymenlaakson hyvinvointialue" },
        ],
        vocabularies,
      ),
    ).to.deep.equal(["Onko Leader", "STEA", "Euroopan sosiaalirahasto (ESR)"]);
    // A registry asks the question in a full sentence, in Finnish, Swedish or English.
    for (const label of [
      "Onko kyseessä Leader-hanke?",
      "Är projektet ett Leader-projekt?",
      "Is this a Leader project?",
    ])
      expect(vocabularies.labels.kindOf(label), label).to.equal("funder");
    expect(vocabularies.labels.kindOf("Financing")).to.equal("funder");
    expect(
      funderFactTexts(
        [
          { label: "Onko Leader", value: "ei" },
          { label: "Ohjelma/Rahasto", value: "Ei maaseuturahastoa" },
        ],
        vocabularies,
      ),
    ).to.deep.equal([]);
  });

  it("the value grammars of issue 15 point 4 for funders and areas, each once", function () {
    const funders = (sentences: string[]) => fundersOf([], sentences, vocabularies);
    expect(funders(["Euroopan sosiaalirahaston (ESR) rahoittama hanke."])).to.deep.equal([
      "Euroopan sosiaalirahasto (ESR)",
    ]);
    expect(funders(["Projektet genomförs med stöd av Svenska kulturfonden."])).to.deep.equal(["Svenska kulturfonden"]);
    expect(funders(["Hanketta rahoitetaan ESR+-varoista, ja rahoitus tulee ESF+:sta."])).to.deep.equal([
      "Euroopan sosiaalirahasto plus (ESR+)",
    ]);
    expect(funders(["Hanke toteutetaan Leader-ryhmän kautta maaseuturahaston tuella."])).to.deep.equal([
      "Leader",
      "Euroopan maaseudun kehittämisen maatalousrahasto (maaseuturahasto)",
    ]);
    const places = (sentences: string[], areaFacts: string[] = []) =>
      placesOf({ title: "", areaFacts, sentences }, vocabularies);
    expect(places([], ["Toteutusalue: Kainuu"]).regions).to.deep.equal(["Kainuu"]);
    expect(places([], ["Kajaani, Sotkamo ja Kuhmo"]).municipalities).to.deep.equal(["Kajaani", "Sotkamo", "Kuhmo"]);
    expect(places(["Hanke toimii Seinäjoen alueella."]).municipalities).to.deep.equal(["Seinäjoki"]);
    expect(places(["Toiminta on Pirkanmaan hyvinvointialueen palveluissa."]).regions).to.deep.equal(["Pirkanmaa"]);
    // A Leader area: the group's municipalities named as where it works.
    expect(
      places(["Leader-ryhmän toiminta-alue kattaa Kuusamon, Taivalkosken ja Pudasjärven."]).municipalities,
    ).to.deep.equal(["Kuusamo", "Taivalkoski", "Pudasjärvi"]);
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
