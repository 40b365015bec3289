import { expect } from "chai";
import { pagePeriod } from "../../../crawlers/normalize/index.js";
import { labelledValues } from "../../../crawlers/normalize/labels.js";
import { parsePeriod, periodInText, prosePeriod, severalPeriods } from "../../../crawlers/normalize/period.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/period: prose periods, programme years and pages of several projects", function () {
  let vocabularies: Vocabularies;
  let cues: Vocabularies["cues"];
  before(async function () {
    vocabularies = await loadVocabularies();
    ({ cues } = vocabularies);
  });

  /** The years prose gives for one sentence, "start-end" ("-" for none): short to compare. */
  const years = (sentence: string) => {
    const period = prosePeriod([sentence], cues);
    return `${period.startYear ?? ""}-${period.endYear ?? ""}`;
  };

  it("takes a line of two full dates in any written form as the period", function () {
    expect(prosePeriod(["Perustiedot", "2012-04-01 - 2014-09-30", "Budjetti"], cues)).to.deep.equal({
      startDate: "2012-04-01",
      endDate: "2014-09-30",
      startYear: 2012,
      endYear: 2014,
    });
    expect(prosePeriod(["01.08.2019 – 30.06.2021"], cues)).to.deep.equal({
      startDate: "2019-08-01",
      endDate: "2021-06-30",
      startYear: 2019,
      endYear: 2021,
    });
  });

  it("prefers the range dated to the day when one sentence holds two", function () {
    expect(
      prosePeriod(["Arjen palvelut 2014–2016 Loppuraportti 30.9.2016 ajalta 1.11.2014–30.10.2016"], cues),
    ).to.deep.equal({ startDate: "2014-11-01", endDate: "2016-10-30", startYear: 2014, endYear: 2016 });
  });

  it("reads a length with its end, in Finnish, Swedish and English", function () {
    expect(years("Hankkeen kesto on kaksi vuotta, päättyen vuoden 2025 lopussa.")).to.equal("2024-2025");
    expect(years("Projektet pågår i tre år fram till 2026.")).to.equal("2024-2026");
    expect(years("The three-year project runs until August 2025.")).to.equal("2022-2025");
    expect(parsePeriod("kolmivuotinen, alkaa 2022", cues)).to.deep.equal({ startYear: 2022, endYear: 2024 });
  });

  it("does not take a programme's years, or a year that dates a participle, for the project's", function () {
    expect(years("The project is part of the DEMOGRAPHY (2021–2027) programme launched this year.")).to.equal("-");
    expect(years("Målet med åtgärdsprogrammet för äldres boende (2020–2022) är att stödja kommunerna.")).to.equal("-");
    expect(years("Hanke on osa Etelä-Suomen ohjelman 2006-2008 toimintaa.")).to.equal("-");
    expect(years("Hanke sai rahoituksen Uudistuva ja osaava Suomi 2021–2027 -ohjelmasta.")).to.equal("-");
    expect(years("Hanke nojaa Suomen vuonna 2016 ratifioimaan sopimukseen.")).to.equal("-");
    // The project's own years beside a programme's still count.
    expect(years("Hanke toteutetaan vuosina 2022–2024 osana Liikkuvat-ohjelmaa.")).to.equal("2022-2024");
    expect(years("Osahanke oli osa STM:n kärkihanketta 2016-2018.")).to.equal("2016-2018");
  });

  it("does not take the deadline of a call for the project's end", function () {
    expect(years("Haimme rahoitettavaksi vuoden 2024 loppuun mennessä toteutettavia selvityshankkeita.")).to.equal("-");
  });

  it("tells a page of several projects by period labels that give different ranges", function () {
    const listing = "Blendi\nKesto\n1.9.2019–31.8.2022\nRahoittaja\nErasmus+\nIlona\nKesto\n1.11.2018–31.10.2021";
    const values = labelledValues(listing, vocabularies.labels, "period");
    expect(values).to.deep.equal(["1.9.2019–31.8.2022", "1.11.2018–31.10.2021"]);
    expect(severalPeriods(values, cues)).to.equal(true);
    const bullets =
      "• Implementation date 1.1.2025 - 30.6.2028\n• Funder Horizon Europe\n• Implementation date 1.3.2024 - 31.12.2025";
    expect(severalPeriods(labelledValues(bullets, vocabularies.labels, "period"), cues)).to.equal(true);
    const oneProject = "Toteutusaika: 1.1.2022–31.12.2023\nHankkeen tiedot\nHankeaika\n1.1.2022–31.12.2023";
    expect(severalPeriods(labelledValues(oneProject, vocabularies.labels, "period"), cues)).to.equal(false);
  });

  it("takes no single year of a news item for a project period, whatever year it is", function () {
    expect(pagePeriod("news", "2022-12-28", { startYear: 2021, endYear: 2021 })).to.deep.equal({});
    expect(pagePeriod("news", undefined, { startYear: 2024, endYear: 2026 })).to.deep.equal({
      startYear: 2024,
      endYear: 2026,
    });
    expect(pagePeriod("project", "2022-12-28", { startYear: 2021, endYear: 2021 })).to.deep.equal({
      startYear: 2021,
      endYear: 2021,
    });
  });

  it("reads a period label inside a flattened form, with the range right after it", function () {
    const label = vocabularies.labels.inText("period");
    expect(
      periodInText(
        "Hakemus saapunut Arvioitu toteuttamisaika (kk/vuosi kk/vuosi) 5/2007 10/2009 Painoalue",
        label,
        cues,
      ),
    ).to.deep.equal({ startYear: 2007, endYear: 2009 });
    // A label followed by something else, or two labels with different ranges, give nothing.
    expect(periodInText("Kesto riippuu rahoituksesta, haku 2024", label, cues)).to.deep.equal({});
    expect(periodInText("Kesto 2020–2021 … Kesto 2022–2024", label, cues)).to.deep.equal({});
  });

  it("takes a verb of starting or ending beside a date as a period, with no project word", function () {
    expect(years("Alueellinen koordinointi käynnistyi huhtikuussa 2021.")).to.equal("2021-");
    expect(prosePeriod(["Palvelu on ollut tarjolla 1.3.2022 alkaen."], cues)).to.deep.equal({
      startYear: 2022,
      startDate: "2022-03-01",
    });
    expect(years("The programme will start in spring 2021 and go on til autumn 2024.")).to.equal("2021-2024");
    // Of two dates, the one the start verb stands beside: the other dates a statistic.
    expect(years("Unemployment kept falling in 2015, thanks to a service launched by the town in May 2013.")).to.equal(
      "2013-",
    );
    // A registration or a call that closes is not the work's end.
    expect(years("Ilmoittautuminen päättyy 15.2.2024.")).to.equal("-");
  });

  it("joins ranges written with words between the dates", function () {
    expect(years("Syftet med projektet är att under hösten 2019 fram till våren 2021 pröva nya arbetssätt.")).to.equal(
      "2019-2021",
    );
    expect(years("Hanke kestää vuodesta 2022 vuoteen 2024.")).to.equal("2022-2024");
  });

  it("joins a date that a sentence break or a line break cut apart", function () {
    expect(prosePeriod(["Projektet beräknas pågå t.o.m.", "december 2025."], cues)).to.deep.equal({ endYear: 2025 });
    expect(prosePeriod(["Kyläpalvelut kuntoon 1.9.2017–31.8.", "2020 Hankkeen loppujulkaisu"], cues)).to.deep.equal({
      startDate: "2017-09-01",
      endDate: "2020-08-31",
      startYear: 2017,
      endYear: 2020,
    });
  });

  it("places the work in one year only where the sentence says the work happens then", function () {
    expect(years("Hanke toteutetaan kuudella paikkakunnalla vuoden 2018 aikana.")).to.equal("2018-2018");
    expect(years("Föreningen kan genomföra projektet under år 2023.")).to.equal("2023-2023");
    // A count that changed that year, a start far from the year, a preparation, a building's year: no period.
    expect(years("Under år 2019 ökade antalet besökare kraftigt.")).to.equal("-");
    expect(years("Projektet startade i Ekenäs eftersom biblioteket där stängdes år 2014.")).to.equal("-");
    expect(years("Hanketta suunniteltiin ja valmisteltiin vuonna 2019.")).to.equal("-");
    expect(years("Hanke kunnosti vuonna 1952 rakennetussa koulussa kaksi luokkaa.")).to.equal("-");
  });

  it("gives a range of years the day its start is dated to in another sentence", function () {
    expect(
      prosePeriod(
        ["Ohjelma on ollut käynnissä 1.2.2021 alkaen.", "Ohjelma päättyy 31.1.2024, ja kolmen vuoden työ esitellään."],
        cues,
      ),
    ).to.deep.equal({ startYear: 2021, endYear: 2024, startDate: "2021-02-01", endDate: "2024-01-31" });
  });

  it("tells the year a grant was made from the year it pays for and from the programme's years", function () {
    expect(years("Ministeriö myönsi yhdistykselle avustuksen vuonna 2021.")).to.equal("-");
    expect(years("The project was granted funding in 2020.")).to.equal("-");
    expect(years("Projektet har fått 80 000 euro i bidrag för år 2023.")).to.equal("2023-2023");
    // The grant's year beside a start: the start is the work's.
    expect(years("Hanke sai rahoituksen vuonna 2020 ja käynnistyi tammikuussa 2021.")).to.equal("2021-");
    expect(years("Ohjelmakaudella 2014–2020 rahoitettu hanke toteutettiin 2016–2018.")).to.equal("2016-2018");
  });
});
