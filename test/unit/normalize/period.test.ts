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

  it("derives the status from the period and today", function () {
    const now = new Date("2026-11-23T00:00:00Z");
    expect(statusOf({ startYear: 2012, endYear: 2015 }, now)).to.equal("ended");
    expect(statusOf({ startYear: 2025, endYear: 2027 }, now)).to.equal("ongoing");
    expect(statusOf({ startYear: 2027 }, now)).to.equal("planned");
    expect(statusOf({ startYear: 2010 }, now)).to.equal("ongoing");
    expect(statusOf({}, now)).to.equal("unknown");
  });
});
