import { expect } from "chai";
import { detectLanguage, parseEuros, parsePeriod, proseYears, statusOf } from "../../crawlers/normalize/index.js";

describe("normalize", function () {
  it("reads periods written the ways project pages write them", function () {
    expect(parsePeriod("1.1.2012–31.1.2015")).to.deep.equal({
      startDate: "2012-01-01",
      endDate: "2015-01-31",
      startYear: 2012,
      endYear: 2015,
    });
    expect(parsePeriod("2012–2015")).to.deep.equal({ startYear: 2012, endYear: 2015 });
    expect(parsePeriod("2010 - ...")).to.deep.equal({ startYear: 2010 });
    expect(parsePeriod("2023 vuoden loppuun")).to.deep.equal({ endYear: 2023, endDate: "2023-12-31" });
  });

  it("reads years from prose when no period is stated, and not when the text gives several", function () {
    expect(proseYears(["Hanke toteutetaan vuosina 2016−2019 Lapissa."])).to.deep.equal({
      startYear: 2016,
      endYear: 2019,
    });
    expect(proseYears(["Kunnissa järjestetään 3 – 5 työpajaa vuonna 2013."])).to.deep.equal({
      startYear: 2013,
      endYear: 2013,
    });
    expect(proseYears(["Hanke käynnistettiin vuonna 2010."])).to.deep.equal({ startYear: 2010 });
    expect(proseYears(["Ohjelma alkoi vuonna 2009.", "Raportti julkaistiin vuonna 2012."])).to.deep.equal({});
  });

  it("reads euro amounts", function () {
    expect(parseEuros("8 750 euroa")).to.equal(8750);
    expect(parseEuros("8\u00a0750 €")).to.equal(8750);
    expect(parseEuros("1,2 milj. euroa")).to.equal(1_200_000);
    expect(parseEuros("7,8 miljoonaa euroa")).to.equal(7_800_000);
    expect(parseEuros("ei tiedossa")).to.equal(undefined);
  });

  it("derives the status from the years and today", function () {
    const now = new Date("2026-11-23T00:00:00Z");
    expect(statusOf({ startYear: 2012, endYear: 2015 }, now)).to.equal("ended");
    expect(statusOf({ startYear: 2025, endYear: 2027 }, now)).to.equal("ongoing");
    expect(statusOf({ startYear: 2027 }, now)).to.equal("planned");
    expect(statusOf({ startYear: 2010 }, now)).to.equal("ongoing");
    expect(statusOf({}, now)).to.equal("unknown");
  });

  it("detects Finnish, Swedish and English", function () {
    expect(
      detectLanguage("Hankkeessa kehitettiin nuorille matalan kynnyksen keskusteluapua, johon pääsee ilman lähetettä."),
    ).to.equal("fi");
    expect(detectLanguage("Projektet erbjöd unga samtalsstöd på svenska i skolor och på fritidsgårdar.")).to.equal(
      "sv",
    );
    expect(detectLanguage("The project trained volunteers to help older people use digital health services.")).to.equal(
      "en",
    );
  });
});
