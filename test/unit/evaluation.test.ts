import { expect } from "chai";
import { titleKey } from "../../crawlers/evaluation.js";

describe("evaluation: titles compared as a reader compares them", function () {
  it("takes a type word before or after the name, dashes, quotes and case as the same title", function () {
    const same = [
      ["High Five - yhteistyöllä hyvinvointia -hanke", "High Five – yhteistyöllä hyvinvointia"],
      ["Projektet Mera tillsammans", "Mera tillsammans"],
      ["The Living Lab on Wellbeing project", "The living lab on wellbeing"],
      ["Meikä asuu missä haluu –ikäihmisten asumisen hanke", "Meikä asuu missä haluu – ikäihmisten asumisen hanke."],
      ["“Yhdessä” liikkeelle", '"Yhdessä" liikkeelle'],
    ];
    for (const [a, b] of same) expect(titleKey(a), `${a} ~ ${b}`).to.equal(titleKey(b));
  });

  it("keeps titles apart that differ in words, and a compound ending in a type word whole", function () {
    expect(titleKey("Mera tillsammans")).to.not.equal(titleKey("Mera tillsammans i skärgården"));
    expect(titleKey("Ett planeringsprojekt")).to.equal("ett planeringsprojekt");
    expect(titleKey("Hankkeen tiedot")).to.not.equal(titleKey("Hanke"));
  });
});
