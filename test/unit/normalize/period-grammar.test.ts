import { expect } from "chai";
import { completedBy } from "../../../crawlers/normalize/index.js";
import { isoDate, joinBrokenDates, parsePeriod, prosePeriod } from "../../../crawlers/normalize/period.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/period: the written forms of dates and which statement is the project's", function () {
  let cues: Vocabularies["cues"];
  let labels: Vocabularies["labels"];
  before(async function () {
    ({ cues, labels } = await loadVocabularies());
  });

  it("knows more period, start and end labels by their head words", function () {
    for (const label of ["Hankkeen ajanjakso", "Toteutusvuodet", "Projektets tidsram", "Project running time"])
      expect(labels.kindOf(label), label).to.equal("period");
    for (const label of ["Hankkeen käynnistys", "Projektstart", "Launch date"])
      expect(labels.kindOf(label), label).to.equal("start");
    for (const label of ["Hankkeen päättyminen", "Projektslut"]) expect(labels.kindOf(label), label).to.equal("end");
  });

  /** The years a text gives, "start-end" ("" for a side not given): short to compare. */
  const years = (period: { startYear?: number; endYear?: number }) =>
    `${period.startYear ?? ""}-${period.endYear ?? ""}`;
  const parsed = (text: string) => years(parsePeriod(text, cues));
  const prose = (...sentences: string[]) => years(prosePeriod(sentences, cues));

  it("reads a day name before a date as part of the date, in three languages", function () {
    expect(parsePeriod("Tuesday 03. March 2015 - Thursday 30. June 2016", cues)).to.deep.equal({
      startDate: "2015-03-03",
      endDate: "2016-06-30",
      startYear: 2015,
      endYear: 2016,
    });
    expect(parsePeriod("tisdag 1 mars 2022 – fredag 28 februari 2025", cues).endDate).to.equal("2025-02-28");
    expect(parsePeriod("maanantai 2.1.2023 – perjantai 29.12.2023", cues).startDate).to.equal("2023-01-02");
  });

  it("reads ordinal English dates, month abbreviations with a dot and day-first dates with - or /", function () {
    expect(parsePeriod("from the 2nd of May 2021 to 30th April 2023", cues)).to.deep.include({
      startDate: "2021-05-02",
      endDate: "2023-04-30",
    });
    expect(parsePeriod("October 3rd, 2022 – September 29th, 2024", cues)).to.deep.include({
      startDate: "2022-10-03",
      endDate: "2024-09-29",
    });
    expect(parsed("Oct. 2019 – Sept. 2021")).to.equal("2019-2021");
    expect(parsePeriod("from 15-02-2021 to 14-02-2023", cues)).to.deep.include({
      startDate: "2021-02-15",
      endDate: "2023-02-14",
    });
    expect(parsePeriod("15/02/2021 – 14/02/2023", cues)).to.deep.include({ startDate: "2021-02-15" });
    // A month-first date is read so when the day cannot be a month.
    expect(parsePeriod("02/15/2021 – 02/14/2023", cues)).to.deep.include({ startDate: "2021-02-15" });
  });

  it("reads two months that share one Finnish ending ('tammi–helmikuussa 2021') as one time", function () {
    expect(prose("Hanke päättyy marras–joulukuussa 2024.")).to.equal("-2024");
    expect(prose("Hanke käynnistyi tammi-helmikuussa 2021.")).to.equal("2021-");
  });

  it("keeps the years of a day that does not exist and drops the day", function () {
    expect(isoDate(2019, 4, 31)).to.equal(undefined);
    expect(isoDate(2024, 2, 29)).to.equal("2024-02-29");
    expect(isoDate(2023, 2, 29)).to.equal(undefined);
    expect(parsePeriod("Kesto 1.6.2018 – 31.6.2020", cues)).to.deep.equal({
      startDate: "2018-06-01",
      startYear: 2018,
      endYear: 2020,
    });
  });

  it("reads terms and the start or end of a year as seasons", function () {
    expect(parsed("syyslukukausi 2021 – kevätlukukausi 2023")).to.equal("2021-2023");
    expect(parsed("höstterminen 2020 – vårterminen 2022")).to.equal("2020-2022");
    expect(parsed("alkuvuodesta 2022 loppuvuoteen 2023")).to.equal("2022-2023");
  });

  it("reads an end that a range's join leads with, and a start's postposition before the join", function () {
    expect(prose("Hankkeessa on tehty työtä elokuusta 2016 vuoden 2022 loppuun saakka.")).to.equal("2016-2022");
    expect(prose("The project ran from May 2017 until the end of 2019.")).to.equal("2017-2019");
    expect(prose("Projektet pågår från hösten 2021 till slutet av 2023.")).to.equal("2021-2023");
    expect(prose("Hanke toteutetaan 1.2.2022 alkaen 31.1.2024 asti.")).to.equal("2022-2024");
    expect(parsed("–2026")).to.equal("-2026");
    expect(prose("Projektet pågick mellan den 1 mars 2019 och den 28 februari 2021.")).to.equal("2019-2021");
    // An academic or operating year written with a slash.
    expect(prose("Projektet genomförs läsåret 2023/2024.")).to.equal("2023-2024");
  });

  it("counts 'from' and 'until' as a period's ends only right before a date", function () {
    expect(prose("The project received a grant from the city council in May 2023.")).to.equal("-");
    expect(prose("Projektet fick pengar från staden i april 2021.")).to.equal("-");
    expect(prose("The project runs from the 1st of May 2023.")).to.equal("2023-");
    expect(prose("Projektet pågår till slutet av 2026.")).to.equal("-2026");
    expect(prose("Projektet pågår t.o.m. 31.12.2026.")).to.equal("-2026");
  });

  it("reads a year before a participle in any case as dating what the participle names", function () {
    expect(prose("Hanke perustuu vuonna 2016 laadittuun selvitykseen.")).to.equal("-");
    expect(prose("Hanke hyödyntää vuonna 2019 tehtyjä kyselyjä.")).to.equal("-");
  });

  it("reads more verbs of ending and a 'Duration' line in three languages", function () {
    expect(prose("Projektet löper ut 30.6.2027.")).to.equal("-2027");
    expect(prose("The project is due to finish in 2027.")).to.equal("-2027");
    expect(prose("Duration: 2022–2025")).to.equal("2022-2025");
  });

  it("takes the years a grant is given for as the period", function () {
    expect(prose("Liitto sai STEA:lta rahoituksen vuosiksi 2022-24.")).to.equal("2022-2024");
    expect(prose("Föreningen har fått understöd för åren 2020–2022.")).to.equal("2020-2022");
    // A statistic over a range of years, with no project word, is no period.
    expect(prose("Over the years 2015–2020 the number of carers rose by a third.")).to.equal("-");
  });

  it("joins a date the sentence splitter broke after an ordinal day", function () {
    const sentences = ["Hanke alkoi 3.", "toukokuuta 2021 ja päättyy 2.", "toukokuuta 2023."];
    expect(joinBrokenDates(sentences, cues)).to.have.length(1);
    expect(prosePeriod(sentences, cues)).to.deep.include({ startDate: "2021-05-03", endDate: "2023-05-02" });
    // A numbered list item is no broken date: the next sentence does not open with one.
    expect(joinBrokenDates(["Vaihe 2.", "Kartoitus tehdään keväällä."], cues)).to.have.length(2);
  });

  it("lets an activity's single year give way to a start or end dated to the day", function () {
    // A header's end date and a goal for one year: the year is the activity's.
    expect(prose("- 15.11.2025", "Målet är att ordna tolv träffar under 2025.")).to.equal("-2025");
    expect(prose("Hanke käynnistyi 1.3.2019.", "Vuonna 2020 järjestettiin kuusi koulutusta.")).to.equal("2019-");
    // Beside a start given as a year only, the two still compete and neither is taken.
    expect(prose("Ohjelma käynnistyi 2019.", "Vuonna 2020 järjestettiin kuusi koulutusta.")).to.equal("-");
    // Alone, the year of the work still counts, and a verb of carrying out the project makes it the project's.
    expect(prose("Kunnissa järjestetään työpajoja vuonna 2018.")).to.equal("2018-2018");
    expect(prose("Hanke käynnistyi maaliskuussa 2018.", "Hanke toteutetaan vuoden 2018 aikana.")).to.equal("2018-2018");
  });

  it("takes an extension's later end, not an earlier end of one part", function () {
    expect(prose("Hankeaika oli 1.3.2019–28.2.2021.", "Hanketta jatkettiin 31.8.2021 saakka.")).to.equal("2019-2021");
    expect(
      prosePeriod(["Projektet pågick 1.1.2018–31.12.2019.", "Projektet förlängdes till 30.6.2020."], cues),
    ).to.deep.include({ endDate: "2020-06-30", endYear: 2020 });
    expect(
      prosePeriod(["Hanke toteutetaan 1.1.2020–31.12.2021.", "Osahanketta jatkettiin 30.6.2021 saakka."], cues),
    ).to.deep.include({ endDate: "2021-12-31" });
  });

  it("leaves out the years of a continuation or of the project continued", function () {
    expect(prose("Projektet pågår 2020–2022.", "Projektet har fått fortsättning för 2023–2024.")).to.equal("2020-2022");
    expect(
      prose("Hanke on jatkoa vuosina 2015–2017 toteutetulle hankkeelle.", "Hanke toteutetaan 2018–2020."),
    ).to.equal("2018-2020");
  });

  it("completes a labelled start or end with the text's period only when the two agree", function () {
    expect(completedBy({ startYear: 2018, startDate: "2018-09-01" }, { startYear: 2018, endYear: 2021 })).to.deep.equal(
      { startYear: 2018, startDate: "2018-09-01", endYear: 2021 },
    );
    expect(completedBy({ endYear: 2024 }, { startYear: 2022, endYear: 2024, startDate: "2022-01-01" })).to.deep.equal({
      endYear: 2024,
      startYear: 2022,
      startDate: "2022-01-01",
    });
    expect(completedBy({ startYear: 2018 }, { startYear: 2015, endYear: 2017 })).to.deep.equal({ startYear: 2018 });
  });
});
