import { expect } from "chai";
import { budgetOf, parseEuros } from "../../../crawlers/normalize/money.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/money", function () {
  let cues: Vocabularies["cues"];
  before(async function () {
    ({ cues } = await loadVocabularies());
  });

  it("reads euro amounts with space, dot and comma grouping, decimals and millions", function () {
    expect(parseEuros("8 750 euroa")).to.equal(8750);
    expect(parseEuros("8\u00a0750 €")).to.equal(8750);
    expect(parseEuros("1 584 000,00 €")).to.equal(1_584_000);
    expect(parseEuros("600.000 €")).to.equal(600_000);
    expect(parseEuros("EUR 2,970,000")).to.equal(2_970_000);
    expect(parseEuros("€ 380,000")).to.equal(380_000);
    expect(parseEuros("1,2 milj. euroa")).to.equal(1_200_000);
    expect(parseEuros("7,8 miljoonaa euroa")).to.equal(7_800_000);
    expect(parseEuros("5,35 miljoner euro")).to.equal(5_350_000);
    expect(parseEuros("ei tiedossa")).to.equal(undefined);
  });

  it("takes the total budget, not a grant that is part of it", function () {
    expect(budgetOf(["486 400 €"], [], cues)).to.equal(486_400);
    expect(
      budgetOf([], ["Hankkeen kokonaiskustannukset ovat 121 000 euroa, josta valtionavustusta 85 000 euroa."], cues),
    ).to.equal(121_000);
    expect(
      budgetOf([], ["Projektets totala kostnader är 540 000 euro, varav EU-stödet utgör 60 procent."], cues),
    ).to.equal(540_000);
    expect(budgetOf([], ["STEA myönsi hankkeelle 85 000 euroa."], cues)).to.equal(undefined);
    expect(
      budgetOf([], ["Hankkeen kokonaisbudjetti on 1 480 000 euroa, josta ESR+-tuen osuus on 75 %."], cues),
    ).to.equal(1_480_000);
    expect(budgetOf([], ["Hankkeen kustannusarvio on 860 000 euroa."], cues)).to.equal(860_000);
    expect(
      budgetOf([], ["Hankeaika on kaksi vuotta ja kokonaiskustannusarvio on noin 4.1 miljoonaa euroa."], cues),
    ).to.equal(4_100_000);
  });
});
