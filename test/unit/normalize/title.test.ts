import { expect } from "chai";
import { agendaItem, titleOf } from "../../../crawlers/normalize/title.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/title", function () {
  let titles: Vocabularies["titles"];
  before(async function () {
    ({ titles } = await loadVocabularies());
  });

  it("keeps a heading that is a title, and a labelled name wins over it", function () {
    expect(titleOf([], "Kotona kylässä -hanke", "Kotona kylässä -hanke\nTeksti.", titles)).to.equal(
      "Kotona kylässä -hanke",
    );
    expect(titleOf(["Perhepolku"], "Euroopan unioni", "", titles)).to.equal("Perhepolku");
  });

  it("passes over skip links, section words, type-and-code lines, numbers and CMS fields", function () {
    for (const heading of [
      "Siirry sisältöön",
      "Till innehållet",
      "Skip to content",
      "Hanke",
      "Allmänt",
      "Ylatunniste2",
    ]) {
      const text = `${heading}\nKehittämishanke - 204518\n42\nTavoite\nKylien kotiapu Nurmeksessa\nTeksti jatkuu tästä.`;
      expect(titleOf([], heading, text, titles), heading).to.equal("Kylien kotiapu Nurmeksessa");
    }
  });

  it("passes over sentences, labels and list items at the top", function () {
    const text = [
      "Ministeriö on myöntänyt hankkeelle rahoitusta kolmeksi vuodeksi alueen kuntien kanssa.",
      "Projektets målgrupper:",
      "• Närståendevårdare.",
      "Arjen apu kotiin",
    ].join("\n");
    expect(titleOf([], "Skip to content", text, titles)).to.equal("Arjen apu kotiin");
  });

  it("keeps the whole first line when the <title> split it at a dash", function () {
    expect(titleOf([], "Kylätalo", "Kylätalo – yhteinen olohuone\nTeksti.", titles)).to.equal(
      "Kylätalo – yhteinen olohuone",
    );
  });

  it("cuts a PDF's first line before the report word or a date that opens the next field", function () {
    const report =
      "Arjen tuki ikääntyville Kainuussa 2020–2022 Loppuraportti 30.6.2022 ajalta 1.1.2020–30.6.2022 Projektipäällikkö";
    expect(titleOf([], report, report, titles)).to.equal("Arjen tuki ikääntyville Kainuussa 2020–2022");
    const plan = "Kotona pidempään, kotihoidon uudet palvelut 12.04.2021 Hanke toteutetaan 1.8.2021 31.12.2022.";
    expect(titleOf([], plan, plan, titles)).to.equal("Kotona pidempään, kotihoidon uudet palvelut");
  });

  it("joins a capitalised title wrapped onto a second line", function () {
    expect(titleOf([], "Ylatunniste2", "Ylatunniste2\nRAHOITUSTA KYLIEN\nYHDISTYKSILLE\nTeksti.", titles)).to.equal(
      "RAHOITUSTA KYLIEN YHDISTYKSILLE",
    );
  });

  it("names a minutes page by its agenda item", function () {
    const minutes =
      "Hyvinvointilautakunta, kokous 3.4.2024\n§ 41 Perhekeskushankkeen jatkaminen\n120/2024\nValmistelija";
    expect(titleOf([], "Hyvinvointilautakunta, kokous 3.4.2024", minutes, titles)).to.equal(
      "Perhekeskushankkeen jatkaminen",
    );
    expect(agendaItem(["Päätöspöytäkirja", "4411-2023", "Liikkuva koulu -hankkeen käynnistäminen"])).to.equal(
      "Liikkuva koulu -hankkeen käynnistäminen",
    );
  });
  it("passes over back links, search banners and share buttons, and cuts status prefixes, date stamps and codes", function () {
    for (const heading of [
      "< Back to projects page",
      "Search for European Projects",
      "DELA",
      "Jaa",
      "Hoppa till innehåll",
    ]) {
      const text = `${heading}\nVälmående på landet\nTexten fortsätter här.`;
      expect(titleOf([], heading, text, titles), heading).to.equal("Välmående på landet");
    }
    expect(titleOf([], "Avslutat projekt: Välmående på landet", "", titles)).to.equal("Välmående på landet");
    expect(titleOf([], "date 2024-05-02 Uusi hanke käynnistyy", "", titles)).to.equal("Uusi hanke käynnistyy");
    expect(titleOf([], "Moving Forward (KA8022)", "", titles)).to.equal("Moving Forward");
    // Years in parentheses are the period, not a code: the name keeps its number and sheds them.
    expect(titleOf([], "Hanke 2 (2020–2022)", "", titles)).to.equal("Hanke 2");
  });

  it("cuts a project word before the name and a programme named in the genitive before it", function () {
    for (const [heading, name] of [
      ["EU-projektet Friska Byar", "Friska Byar"],
      ["Hanke Kotipiha", "Kotipiha"],
      ["Utvecklingsprojektet Friska Byar", "Friska Byar"],
      ["Projekti Kotipiha", "Kotipiha"],
      ["The project “Open Doors”", "“Open Doors”"],
      ["Terveet kylät -ohjelman Kotipiha 2", "Kotipiha 2"],
      ["Hyvä Ikä -programmets Friska Byar", "Friska Byar"],
    ])
      expect(titleOf([], heading ?? "", "", titles), heading).to.equal(name);
    // A lower-case word after the project word is a section, and a programme's own name keeps its word.
    expect(titleOf([], "Programmet Framtidens vård", "", titles)).to.equal("Programmet Framtidens vård");
  });

  it("reads the name out of a decision's heading: an action before it, a second action after it", function () {
    for (const [heading, name] of [
      ["Avustuksen hakeminen Arjen tuki -hankkeelle", "Arjen tuki"],
      [
        "Osallistuminen ESR+-hankkeeseen Yhdessä kotona – kotihoidon kehittäminen",
        "Yhdessä kotona – kotihoidon kehittäminen",
      ],
      ["Liittyminen Hyvä arki ja yhteisö -hankkeeseen sekä omarahoituksen varaaminen", "Hyvä arki ja yhteisö"],
    ])
      expect(titleOf([], heading ?? "", "", titles), heading).to.equal(name);
    // An action noun with no project word around the name stays, and so does an action joined inside a name.
    for (const heading of [
      "Kotihoidon kehittäminen maaseudulla",
      "Kotihoidon kehittäminen Keski-Suomessa",
      "Kotihoito ja omaishoidon kehittäminen",
    ])
      expect(titleOf([], heading, "", titles), heading).to.equal(heading);
  });

  it("gives no title rather than a heading that is none, such as a date line with a month", function () {
    const text =
      "date 2019-04 Uutinen\nKaupunki ja järjestöt avasivat yhdessä uuden kohtaamispaikan keskustaan, ja toiminta jatkuu ainakin kolme vuotta rahoituksen turvin.";
    expect(titleOf([], "date 2019-04 Uutinen", text, titles)).to.equal("");
  });

  it("passes over menu lines, logo and photo texts, labelled values, date lines and section questions", function () {
    for (const furniture of [
      "Uudenmaan liitto Ajankohtaista Yhteystiedot",
      "Statsrådet och ministerierna Media",
      "Valtioneuvosto framsida",
      "Leader Viisari -logo",
      "NyhetsbildZoom",
      "Kuva: Matti Meikäläinen",
      "Start date: 1 October 2014",
      "28.12.22 | Nyheter",
      "Mitä tavoitellaan?",
      "Siirry sisällön alkuun",
      "Uutislistaukseen",
      "Etusivu > Hankkeet > Kotona kylässä",
      "Päivitetty 12.3.2024",
      "Hyväksy kaikki evästeet",
      "På svenska",
    ])
      expect(titles.isTitle(furniture), furniture).to.equal(false);
    for (const title of [
      "Nuoret ja media -hanke",
      "Kysy ja kuuntele – nuorten kuulemisen malli",
      "Mitä kuuluu, kylän nuoret ja vanhat?",
    ])
      expect(titles.isTitle(title), title).to.equal(true);
  });

  it("reads the top down to the body text, past a block of labelled facts", function () {
    const facts = [
      "project info",
      "Start date: 1 May 2015",
      "End date: 31 July 2018",
      "funding",
      "Fund: European Social Fund (ESF)",
    ];
    const text = ["Skip to content", ...facts, "Kotiin turvallisesti", "Body text follows here."].join("\n");
    expect(titleOf([], "Skip to content", text, titles)).to.equal("Kotiin turvallisesti");
  });

  it("passes over Swedish and English skip links, breadcrumb heads and an image word", function () {
    for (const heading of [
      "Förflytta dig till innehållet",
      "Gå till innehåll",
      "Navigation path",
      "Image",
      "Hankkeen tiedot",
    ]) {
      const text = `${heading}\n${heading}\nSeniorit liikkeelle Kainuussa\nTeksti jatkuu tästä.`;
      expect(titleOf([], heading, text, titles), heading).to.equal("Seniorit liikkeelle Kainuussa");
    }
  });

  it("gives no title rather than a paragraph, two sentences or a line wrapped mid-sentence", function () {
    const paragraph =
      "Miten kylien palveluja voidaan kehittää niin että jokainen asukas saa tukea kotiinsa asti riippumatta siitä missä hän asuu ja kuinka vanha hän on tai mitä kieltä hän puhuu";
    const wrapped = "Kylien yhdistykset ovat käyttäneet ahkerasti maaseuturahaston tukea kylätalojen ja";
    const twoSentences =
      "Hankkeen tulokset Toiminta alkoi keväällä ajallaan. Kesän takia varsinainen työ siirtyi syksyyn";
    for (const heading of [paragraph, wrapped, twoSentences]) {
      const text = `${heading}\n${heading}\nlopulta myös uimahallien korjaamiseen.\n${paragraph}.`;
      expect(titleOf([], heading, text, titles), heading).to.equal("");
    }
    expect(titleOf([], "Gå till innehåll", `Gå till innehåll\n${paragraph}.`, titles)).to.equal("");
  });

  it("cuts a name label glued to the name", function () {
    const text = "NimiKotiapu Kainuussa 2022-2024\nAloituspäivä1.1.2022\nTeksti jatkuu tästä.";
    expect(titleOf([], "Perustiedot", text, titles)).to.equal("Kotiapu Kainuussa 2022-2024");
    expect(titles.tidy("Nimikkeet ja tehtävät")).to.equal("Nimikkeet ja tehtävät");
  });

  it("names a news page by its headline, also a grant's headline under a photo caption", function () {
    const isGrantHeadline = (line: string) => /\d[\d\s]*euro/u.test(line);
    const text = [
      "Kolme vapaaehtoista kahvipöydän ääressä",
      "Yhdistykselle 120 000 euroa kylätalon toimintaan",
      "Hankkeen nimi: Kahvila Kaikille",
      "Yhdistys sai avustuksen kylätalon avoimeen kahvilaan, jossa ikääntyneet ja nuoret kohtaavat viikoittain.",
    ].join("\n");
    expect(titleOf(["Kahvila Kaikille"], text.split("\n")[0] ?? "", text, titles, { isGrantHeadline })).to.equal(
      "Yhdistykselle 120 000 euroa kylätalon toimintaan",
    );
    expect(
      titleOf(["Kahvila Kaikille"], "Kylätalo avautuu", "Kylätalo avautuu\nTeksti.", titles, { news: true }),
    ).to.equal("Kylätalo avautuu");
  });

  it("passes over a registry's site name with its banner words, then a block of facts, to the project's name", function () {
    const banner = "Hankehaku: discover EU projects in your region";
    const text = [banner, "project info", "Start date: 1 March 2019", "Total budget: 310 000,00 €", "programme"];
    const page = [...text, "Kylät verkkoon", "The project brings digital services to village halls."].join("\n");
    expect(titleOf([], banner, page, titles)).to.equal("Kylät verkkoon");
    expect(titles.isTitle("Lapsiperheet: löydä hankkeita lähelläsi")).to.equal(false);
  });

  it("passes over section words joined into one heading, a site builder's page furniture and file names", function () {
    for (const heading of [
      "Tausta ja tavoitteet",
      "Toteutus ja rahoitus",
      "Mål och aktiviteter",
      "Goals, activities and results",
    ])
      expect(titles.isTitle(heading), heading).to.equal(false);
    expect(titles.isTitle("Mål och mening för unga")).to.equal(true);
    const text = ["top of page", "kylakahvila_banneri.PNG", "PROJEKTI KYLÄKAHVILA", "Kahvila avautuu keväällä."];
    expect(titleOf([], "top of page", text.join("\n"), titles)).to.equal("PROJEKTI KYLÄKAHVILA");
  });

  it("passes over a document's metadata row and a contact line", function () {
    for (const line of [
      "Julkaistu 4.5.2021 · 312 lukukertaa · 12 sivua",
      "Maija Mäkinen, projektipäällikkö, puh. 040 123 4567",
      "Lisätiedot maija.makinen@example.fi",
    ])
      expect(titles.isTitle(line), line).to.equal(false);
  });

  it("passes over a section the project owns, a section of a university's site, accessibility and wiki furniture", function () {
    for (const line of [
      "Projektin organisaatio",
      "Hankkeen tausta ja tavoitteet",
      "Projektets målgrupp",
      "The project's contact information",
      "Finansiärer",
      "Research, Development and Innovation",
      "Tutkimus ja kehitys",
      "Tekstin koko",
      "Språkval",
      "Child pages",
      "Skip to end of metadata",
      "Kehittämistuki - 301122",
      "Projektet leds av föreningen.",
    ])
      expect(titles.isTitle(line), line).to.equal(false);
    expect(titles.isTitle("Organisaatio muutoksessa")).to.equal(true);
    const text = ["Tekstin koko", "Kielivalinta", "Kylätalon kahvila -hanke", "Kylätalon kahvila -hanke avaa ovensa."];
    expect(titleOf([], "Tekstin koko", text.join("\n"), titles)).to.equal("Kylätalon kahvila -hanke");
  });
});
