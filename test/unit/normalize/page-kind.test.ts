import { expect } from "chai";
import { pagePeriod } from "../../../crawlers/normalize/index.js";
import { labelledValues } from "../../../crawlers/normalize/labels.js";
import { prosePeriod, severalPeriods } from "../../../crawlers/normalize/period.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/page-kind", function () {
  let rules: Vocabularies["pageKinds"];
  let cues: Vocabularies["cues"];
  let labels: Vocabularies["labels"];
  before(async function () {
    ({ pageKinds: rules, cues, labels } = await loadVocabularies());
  });

  const page = (...lines: string[]) => lines.join("\n");
  const body =
    "Hanke kehittää kotihoidon palveluja yhdessä kuntien, järjestöjen ja asukkaiden kanssa kolmen vuoden ajan koko maakunnan alueella ja kokeilee uusia tapoja tukea ikääntyneitä ja heidän läheisiään arjessa.";
  const url = "https://example.org/sivu";

  it("reads an author line near the top, or a type word after a month stamp, as news", function () {
    expect(rules.signals(page("Kirjoittaja: Maija Mallikas", body), url).newsWord).to.equal(true);
    expect(rules.signals(page(body, "Skribent: Anna Exempel", body), url).newsWord).to.equal(true);
    expect(rules.signals(page("Written by Sam Example", body), url).newsWord).to.equal(true);
    expect(rules.signals(page("date 2019-04 Uutinen", body), url).newsWord).to.equal(true);
    expect(rules.signals(page("04/2019 Nyhet", body), url).newsWord).to.equal(true);
    // A project page's lines: no author, and a year before a word that is no type word.
    expect(rules.signals(page("Kirjoittajat ja kuvittajat", body), url).newsWord).to.equal(false);
    expect(rules.signals(page("2019 Kotipiha", body), url).newsWord).to.equal(false);
    // A first line that opens with a month or day stamp is a dated post; a year alone is not.
    expect(rules.signals(page("date 2018-09 Kyläyhdistykset kunnostivat reittejä", body), url).dateLine).to.equal(true);
    expect(rules.signals(page("09/2018 Kyläyhdistykset kunnostivat reittejä", body), url).dateLine).to.equal(true);
    expect(rules.signals(page("2018 Kyläyhdistykset kunnostivat reittejä", body), url).dateLine).to.equal(false);
  });

  it("reads the publication date of date lines in Finnish, Swedish and English forms", function () {
    expect(rules.dateOfLine("28.12.22 | Nyheter")).to.equal("2022-12-28");
    expect(rules.dateOfLine("Publicerad 12-01-2012")).to.equal("2012-01-12");
    expect(rules.dateOfLine("Utgivningsdatum 20.4.2022")).to.equal("2022-04-20");
    expect(rules.dateOfLine("Julkaistu: 1.2.2023")).to.equal("2023-02-01");
    expect(rules.dateOfLine("05.03.2021")).to.equal("2021-03-05");
    expect(rules.dateOfLine("3.4.2024 10:15:00 EET | Pohjois-Karjalan hyvinvointialue | Tiedote")).to.equal(
      "2024-04-03",
    );
    expect(rules.dateOfLine("Published 2019-06-30")).to.equal("2019-06-30");
  });

  it("takes no period end, sentence or impossible date for a date line", function () {
    expect(rules.dateOfLine("- 30.6.2026")).to.equal(undefined);
    expect(rules.dateOfLine("1.1.2023–31.12.2025")).to.equal(undefined);
    expect(rules.dateOfLine("Hanke alkoi 1.3.2023 ja jatkuu vuoteen 2025")).to.equal(undefined);
    expect(rules.dateOfLine("45.13.2023")).to.equal(undefined);
  });

  it("finds a date line or a type word near the headline, not after the body text", function () {
    const dated = rules.signals(page("Otsikko", "Julkaistu 1.2.2023", body), url);
    expect(dated).to.include({ dateLine: true, publishedDate: "2023-02-01", newsWord: false });
    expect(rules.signals(page("Nyhet", "Rubrik", body), url).newsWord).to.equal(true);
    expect(rules.signals(page("Rubrik", "Pressmeddelande 14/2020", body), url).newsWord).to.equal(true);
    const late = rules.signals(page("Otsikko", body, "Yhteystiedot", "Julkaistu 1.2.2023"), url);
    expect(late).to.include({ dateLine: false, newsWord: false, publishedDate: "2023-02-01" });
  });

  it("reads a news section in the URL", function () {
    expect(rules.signals(page("Rubrik", body), "https://example.org/sv/nyheter/rubrik/").newsWord).to.equal(true);
    expect(rules.signals(page("Rubrik", body), "https://example.org/hankkeet/rubrik/").newsWord).to.equal(false);
  });

  it("tells a heading naming many projects from a project's name", function () {
    for (const title of [
      "Päättyneet hankkeet",
      "Asumisen projektit",
      "Kuntien kehittämishankkeisiin",
      "Our projects",
      "Avslutade projekt",
      "Hankearkisto",
    ])
      expect(rules.isListingTitle(title), title).to.equal(true);
    for (const title of ["Kotona kylässä -hanke", "Projekt", "Hyvä arki", "Project Wellbeing", "Ett gemensamt projekt"])
      expect(rules.isListingTitle(title), title).to.equal(false);
  });
  it("takes a headline that states a sum or a grant (verb and money word) for grant news, and no year or period for a sum", function () {
    for (const title of [
      "Seniorcaféet i Närpes får 45 000 euro",
      "ARA-bidrag på 11,6 miljoner till servicehus",
      "90 000 för projekt om äldre på Åland",
      "Liikunnan hankkeisiin myönnetty 246 500€",
      "Uusimaa hakee rahoitusta kotihoidon kärkihankkeeseen",
      "Institute received the grant from the Council",
      "Ministeriet beviljar understöd för projekt",
    ])
      expect(rules.isGrantHeadline(title), title).to.equal(true);
    for (const title of [
      "Kotona kylässä 2020–2022",
      "Hanke 2",
      "Ikääntyneiden asumisen toimenpideohjelma 2020-2022",
      "Omaishoitajien tuki ja rahoitusneuvonta",
    ])
      expect(rules.isGrantHeadline(title), title).to.equal(false);
  });

  it("reads back links to a news list and a bare publication label as news, and cuts an update off a date line", function () {
    expect(rules.signals(page("Uutislistaukseen", "Otsikko", body), url).newsWord).to.equal(true);
    expect(rules.signals(page("Otsikko", "Julkaistu", body), url).dateLine).to.equal(true);
    expect(rules.dateOfLine("Publicerad 12-01-2012 kl. 15.00, uppdaterad 18-02-2013 kl. 14.31")).to.equal("2012-01-12");
  });

  it("tells a list of projects by two periods under one label", function () {
    const listsPeriods = (text: string) => severalPeriods(labelledValues(text, labels, "period"), cues);
    expect(
      listsPeriods(page("Hanke A", "Duration: 1.6.2025 – 31.5.2026", "Hanke B", "Duration: 1.8.2024 – 31.7.2026")),
    ).to.equal(true);
    expect(listsPeriods(page("Hanke A", "Kesto: 2023–2025", body, "Kesto: 2023–2025"))).to.equal(false);
    expect(listsPeriods(page("Funding: X 2023", "Funding: Y 2024"))).to.equal(false);
  });

  it("gives a listing no period and a news item not its own year, but keeps a news item's project period", function () {
    const range = { startYear: 2023, endYear: 2025, startDate: "2023-01-01", endDate: "2025-12-31" };
    expect(pagePeriod("other", undefined, range)).to.deep.equal({});
    expect(pagePeriod("news", "2023-02-01", { startYear: 2023, endYear: 2023 })).to.deep.equal({});
    expect(pagePeriod("news", "2023-02-01", range)).to.deep.equal(range);
    expect(pagePeriod("project", "2023-02-01", { startYear: 2023, endYear: 2023 })).to.deep.equal({
      startYear: 2023,
      endYear: 2023,
    });
  });

  it("reads a period stated as the project's 'toiminta-aika' in a sentence", function () {
    expect(prosePeriod(["Hankkeen toiminta-aika on 1.3.2024 - 28.2.2027."], cues)).to.include({
      startDate: "2024-03-01",
      endDate: "2027-02-28",
    });
  });

  it("reads a date line parted by spaced slashes, article furniture and a headline with a money noun and a number", function () {
    expect(rules.dateOfLine("Published: 3.9.2021 / Research / Blog")).to.equal("2021-09-03");
    expect(rules.signals(page("Otsikko", "Published: 3.9.2021 / Research / Blog", body), url).dateLine).to.equal(true);
    expect(rules.signals(page("Otsikko", body, "Dela artikeln", "Mera nyheter"), url).newsWord).to.equal(true);
    expect(rules.signals(page("Otsikko", body, "Jaa"), url).newsWord).to.equal(false);
    expect(rules.isGrantHeadline("Kehittämisavustuksia 8 yhdistykselle")).to.equal(true);
    expect(rules.isGrantHeadline("Järjestöjen avustusehdotukset vuodelle 2025 julki")).to.equal(true);
    expect(rules.isGrantHeadline("§ 57 Valtionavustuksen hakeminen kotihoidon hankkeelle")).to.equal(false);
    expect(rules.isGrantHeadline("Avustusten haku sujuvammaksi")).to.equal(false);
  });

  it("hears a quote attributed as a reporter does, in Finnish, Swedish and English", function () {
    for (const quote of [
      "– Kahvila on ollut täynnä joka viikko, kertoo projektipäällikkö Aino Virta.",
      "– Vi har fått många nya deltagare, säger verksamhetsledaren.",
      "“Older people came back every week,” says the coordinator.",
    ])
      expect(rules.signals(page("Otsikko", body, quote), url).reportedSpeech, quote).to.equal(true);
    const plain = page("Otsikko", body, "Hanke kertoo tuloksistaan seminaarissa syksyllä.");
    expect(rules.signals(plain, url).reportedSpeech).to.equal(false);
  });
});
