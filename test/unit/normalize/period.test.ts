import { expect } from "chai";
import { parsePeriod, prosePeriod, statusOf } from "../../../crawlers/normalize/period.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/period", function () {
  let cues: Vocabularies["cues"];
  before(async function () {
    ({ cues } = await loadVocabularies());
  });

  it("reads date ranges however the dash and spaces fall", function () {
    const full = { startDate: "2023-03-01", endDate: "2025-12-31", startYear: 2023, endYear: 2025 };
    expect(parsePeriod("1.3.2023–31.12.2025", cues)).to.deep.equal(full);
    expect(parsePeriod("1.3.2023 -31.12.2025", cues)).to.deep.equal(full);
    expect(parsePeriod("01.03.2023 - 31.12.2025", cues)).to.deep.equal(full);
    expect(parsePeriod("2023-03-01 – 2025-12-31", cues)).to.deep.equal(full);
    expect(parsePeriod("Alkaa 1.3.2023 ja päättyy 31.12.2025", cues)).to.deep.equal(full);
    expect(parsePeriod("under perioden 1.3.2023–31.12.2025", cues)).to.deep.equal(full);
  });

  it("reads years, month/year, months and seasons in Finnish, Swedish and English", function () {
    expect(parsePeriod("2019–2022", cues)).to.deep.equal({ startYear: 2019, endYear: 2022 });
    expect(parsePeriod("2020-21", cues)).to.deep.equal({ startYear: 2020, endYear: 2021 });
    expect(parsePeriod("1/2021–12/2023", cues)).to.deep.equal({ startYear: 2021, endYear: 2023 });
    expect(parsePeriod("syksy 2020 – kevät 2022", cues)).to.deep.equal({ startYear: 2020, endYear: 2022 });
    expect(parsePeriod("tammikuu 2021 – joulukuu 2023", cues)).to.deep.equal({ startYear: 2021, endYear: 2023 });
    expect(parsePeriod("from September 2021 to August 2024", cues)).to.deep.equal({ startYear: 2021, endYear: 2024 });
    expect(parsePeriod("1 April 2024 – 30 June 2026", cues)).to.deep.equal({
      startDate: "2024-04-01",
      endDate: "2026-06-30",
      startYear: 2024,
      endYear: 2026,
    });
  });

  it("reads an open start, an end alone and a stated length", function () {
    expect(parsePeriod("2010 - ...", cues)).to.deep.equal({ startYear: 2010 });
    expect(parsePeriod("2023 vuoden loppuun", cues)).to.deep.equal({ endYear: 2023, endDate: "2023-12-31" });
    expect(parsePeriod("kaksivuotinen hanke, joka alkoi syksyllä 2020", cues)).to.deep.equal({
      startYear: 2020,
      endYear: 2022,
    });
  });

  it("finds the period in prose, and not in calls, updates or several competing statements", function () {
    expect(prosePeriod(["Hanke toteutetaan vuosina 2016−2019 Lapissa."], cues)).to.deep.equal({
      startYear: 2016,
      endYear: 2019,
    });
    expect(prosePeriod(["Projektet pågår under perioden 1.1.2023–31.12.2025."], cues)).to.deep.equal({
      startDate: "2023-01-01",
      endDate: "2025-12-31",
      startYear: 2023,
      endYear: 2025,
    });
    expect(prosePeriod(["The project runs from March 2023 to February 2025."], cues)).to.deep.equal({
      startYear: 2023,
      endYear: 2025,
    });
    expect(prosePeriod(["Kunnissa järjestetään 3 – 5 työpajaa vuonna 2013."], cues)).to.deep.equal({
      startYear: 2013,
      endYear: 2013,
    });
    expect(prosePeriod(["Hanke käynnistettiin vuonna 2010."], cues)).to.deep.equal({ startYear: 2010 });
    expect(prosePeriod(["Hakuaika hankkeille on 2.5.–15.6.2024."], cues)).to.deep.equal({});
    expect(prosePeriod(["Ohjelma alkoi vuonna 2009.", "Raportti julkaistiin vuonna 2012."], cues)).to.deep.equal({});
  });

  it("reads US dates, two-digit years in a programme database and years before a comma", function () {
    expect(
      prosePeriod(["The project will be implemented between April 1, 2023 and March 31, 2026."], cues),
    ).to.deep.equal({
      startDate: "2023-04-01",
      endDate: "2026-03-31",
      startYear: 2023,
      endYear: 2026,
    });
    expect(parsePeriod("31-08-16 to 30-01-17 |", cues)).to.deep.equal({
      startDate: "2016-08-31",
      endDate: "2017-01-30",
      startYear: 2016,
      endYear: 2017,
    });
    expect(prosePeriod(["Projektet, som pågick åren 2015–2018, skapade nya tjänster."], cues)).to.deep.equal({
      startYear: 2015,
      endYear: 2018,
    });
    expect(prosePeriod(["Malli kehitetään etämenetelmin vuosina 2020-21."], cues)).to.deep.equal({
      startYear: 2020,
      endYear: 2021,
    });
    expect(prosePeriod(["Ministeriö myönsi 29.5.2023 rahaa ajalle 1.5.2023 - 31.12.2024."], cues)).to.deep.equal({
      startDate: "2023-05-01",
      endDate: "2024-12-31",
      startYear: 2023,
      endYear: 2024,
    });
  });

  it("takes a header's bare date range, the one dated range, the range the other years fall in", function () {
    expect(
      prosePeriod(["Hanke", "31.12.2019 - 30.07.2022", "Arvion mukaan vuonna 2030 osuus kasvaa."], cues),
    ).to.deep.equal({
      startDate: "2019-12-31",
      endDate: "2022-07-30",
      startYear: 2019,
      endYear: 2022,
    });
    expect(prosePeriod(["- 30.12.2025"], cues)).to.deep.equal({ endYear: 2025, endDate: "2025-12-30" });
    expect(
      prosePeriod(
        ["Hanke toteutetaan 1.7.2013 31.10.2014.", "Kasvu seutukunnittain hankkeen alueella 2000-2030."],
        cues,
      ),
    ).to.deep.equal({ startDate: "2013-07-01", endDate: "2014-10-31", startYear: 2013, endYear: 2014 });
    expect(
      prosePeriod(
        ["Hanke toteutetaan vuosina 2021–2024.", "Hankkeessa vuonna 2021 ovat käynnistyneet kaksi osiota."],
        cues,
      ),
    ).to.deep.equal({ startYear: 2021, endYear: 2024 });
  });

  it("leaves out another project's years, a predecessor, an application and a structural fund programme", function () {
    expect(
      prosePeriod(
        [
          "Valtakunnallisessa kehittämishankkeessa (PALOMA, 2016–2018) tunnistettiin ongelmia.",
          "Malli toteutuu vuosina 2020-21.",
        ],
        cues,
      ),
    ).to.deep.equal({ startYear: 2020, endYear: 2021 });
    expect(
      prosePeriod(["Projektet fortsätter det tidigare projektet som genomfördes 2015 och 2016."], cues),
    ).to.deep.equal({});
    expect(prosePeriod(["Finansiering för projektet under åren 2023–2025 söks under september."], cues)).to.deep.equal(
      {},
    );
    expect(
      prosePeriod(
        ["The project is part of EU Structural Fund’s Innovation and Skills in Finland 2021–2027 programme."],
        cues,
      ),
    ).to.deep.equal({});
  });

  it("derives the status from the period and today", function () {
    const now = new Date("2026-11-23T00:00:00Z");
    expect(statusOf({ startYear: 2012, endYear: 2015 }, now)).to.equal("ended");
    expect(statusOf({ startYear: 2025, endYear: 2027 }, now)).to.equal("ongoing");
    expect(statusOf({ startYear: 2027 }, now)).to.equal("planned");
    expect(statusOf({ startYear: 2010 }, now)).to.equal("ongoing");
    expect(statusOf({}, now)).to.equal("unknown");
  });
});
