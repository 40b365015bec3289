import { expect } from "chai";
import { titleOf } from "../../../crawlers/normalize/title.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/title-trim: what a title sheds around the name", function () {
  let titles: Vocabularies["titles"];
  before(async function () {
    ({ titles } = await loadVocabularies());
  });

  it("drops a period written after the name, in parentheses or with a month", function () {
    expect(titles.trim("Iltapäiväkerho Kompassi -hanke (9/2022 – 8/2024)")).to.equal("Iltapäiväkerho Kompassi -hanke");
    expect(titles.trim("Yhteinen pöytä (2021-2023)")).to.equal("Yhteinen pöytä");
    expect(titles.trim("Seniorikahvila 2019-5/2021")).to.equal("Seniorikahvila");
    // A bare range of years is often part of a programme's name: it stays.
    expect(titles.trim("Hyvä ikä Keski-Suomessa 2022–2030")).to.equal("Hyvä ikä Keski-Suomessa 2022–2030");
  });

  it("drops a gloss in parentheses but keeps an acronym or a code", function () {
    expect(titles.trim("MIELI – Mielenterveyttä nuorille (MIELI – Mental health for the young)")).to.equal(
      "MIELI – Mielenterveyttä nuorille",
    );
    expect(titles.trim("Nuorten osallisuuden vahvistaminen (NOVA)")).to.equal(
      "Nuorten osallisuuden vahvistaminen (NOVA)",
    );
    expect(titles.trim("Kestävä arki -hanke (RRP3)")).to.equal("Kestävä arki -hanke (RRP3)");
  });

  it("drops the owner's name or a support category after the last dash, not a subtitle", function () {
    expect(titles.trim("Kulttuurikassi – Kajaanin kaupunki (THL)")).to.equal("Kulttuurikassi");
    expect(titles.trim("Byar i rörelse – offentligt stöd")).to.equal("Byar i rörelse");
    expect(titles.trim("Harrastuspolku – Nuorisoseurojen liitto")).to.equal("Harrastuspolku");
    expect(titles.trim("KOTI – Kotona asumisen tuki ikääntyneille ja heidän läheisilleen")).to.equal(
      "KOTI – Kotona asumisen tuki ikääntyneille ja heidän läheisilleen",
    );
    expect(titles.trim("Leva och lära – Live and learn")).to.equal("Leva och lära – Live and learn");
  });

  it("drops a list dash and a page-type word standing as the name's label", function () {
    expect(titles.trim("– Arjen taidot")).to.equal("Arjen taidot");
    expect(titles.trim("Project – Young carers in the Baltic region")).to.equal("Young carers in the Baltic region");
    expect(titles.trim("Hanke: Kylätalo kaikille")).to.equal("Kylätalo kaikille");
  });

  it("trims a labelled name as well as a heading", function () {
    expect(titleOf(["Pihapiiri (Pihapiiri – Courtyards together)"], "Etusivu", "", titles)).to.equal("Pihapiiri");
  });

  it("passes over a person's name, a work package and a section word used as a label", function () {
    const text = (top: string) => `${top}\nKylätalo kaikille\nHanke kokoaa kyläläiset yhteen ja järjestää iltoja.`;
    for (const top of ["Tuuli Laaksonen.", "WP4 Dissemination and training", "Category : Internationalisation"])
      expect(titleOf([], top, text(top), titles), top).to.equal("Kylätalo kaikille");
  });

  it("passes over back links and general-information headings in three languages", function () {
    for (const top of [
      "Gå tillbaka till föregående sida",
      "Allmän information",
      "Yleiset tiedot",
      "General information",
    ])
      expect(titles.isTitle(top), top).to.equal(false);
  });
});
