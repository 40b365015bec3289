import { expect } from "chai";
import { createPersonNames, type FirstNamesFile } from "../../../crawlers/normalize/person-names.js";
import { placesOf } from "../../../crawlers/normalize/places.js";
import { readConfigJson } from "../../../core/paths.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/places: people and names that only look like towns", function () {
  let vocabularies: Vocabularies;
  const places = (sentences: string[], options: { areaFacts?: string[]; title?: string } = {}) =>
    placesOf({ title: options.title ?? "", areaFacts: options.areaFacts ?? [], sentences }, vocabularies);
  before(async function () {
    vocabularies = await loadVocabularies();
  });

  it("a first name before a capitalised word makes it a surname, here and where it stands alone later", async function () {
    const people = createPersonNames(await readConfigJson<FirstNamesFile>("first-names.json"));
    const [quote = "", again = ""] = people.blank([
      "Työntekijä Anna Kemi vastaa kyselyihin.",
      "Kemi muistuttaa, että…",
    ]);
    expect(quote).not.to.include("Kemi");
    expect(again).not.to.include("Kemi");
    // Two first names, a hyphenated one, and a person followed by a town of their own.
    expect(people.blank(["Anna Maria Posio kertoo"])[0]).not.to.include("Posio");
    expect(people.blank(["Marja-Liisa Salo kertoi"])[0]).not.to.include("Salo");
    expect(people.blank(["Juha Virtanen Oulussa"])[0]).to.include("Oulussa");
    // Two towns in a row are not a person: neither is a first name.
    expect(people.blank(["Kemi Tornio"])[0]).to.equal("Kemi Tornio");
  });

  it("a person's surname is no municipality, in Finnish, Swedish and English", function () {
    const quoted = places([
      "Hanke toimii Rovaniemellä.",
      "Kerro mielipiteesi, pyytää projektikoordinaattori Sari Posio.",
      "Posio muistuttaa, että palaute on tärkeää.",
    ]);
    expect(quoted.municipalities).to.deep.equal(["Rovaniemi"]);
    expect(places(["Projektledaren Lars Borgå berättar om arbetet i Vasa."]).municipalities).to.deep.equal(["Vaasa"]);
    expect(places(["“We listen first,” says Peter Salo, who leads the work in Turku."]).municipalities).to.deep.equal([
      "Turku",
    ]);
  });

  it("a town before a hyphen and a capitalised part that is no town names a club or a region, not the town", function () {
    expect(places(["Mukana ovat Hattula-Seura ja kyläyhdistykset."]).municipalities).to.deep.equal([]);
    const nuts = places(["Region: FI1B1 Helsinki-Uusimaa"]);
    expect(nuts.municipalities).to.deep.equal([]);
    expect(nuts.regions).to.deep.equal(["Uusimaa"]);
    // Two towns joined are a sub-region: its region, as before; a town alone still counts.
    expect(places(["Työ tehdään Kemi-Tornion alueella."]).regions).to.deep.equal(["Lappi"]);
    expect(places(["Työ tehdään Hattulassa."]).municipalities).to.deep.equal(["Hattula"]);
  });

  it("a photo credit, a thanks list and a diocese name places, not the area", function () {
    const caption = places(["Hanke järjestää ruokakursseja maaseudulla.", "Kurssilaisia Keuruulla Kuva: Eeva Lehto"]);
    expect(caption.municipalities).to.deep.equal([]);
    expect(places(["Bild: Barn leker i Jakobstad"]).municipalities).to.deep.equal([]);
    expect(places(["Kiitokset Lammin kyläyhdistykselle ja Tuuloksen nuorisoseuralle!"]).municipalities).to.deep.equal(
      [],
    );
    expect(places(["We thank the village clubs of Hattula and Janakkala."]).municipalities).to.deep.equal([]);
    const dioceses = places(["Kokeiluja on Oulun, Kuopion ja Lapuan hiippakuntien alueella."]);
    expect(dioceses.municipalities).to.deep.equal([]);
    expect(places(["Projekt pågår i församlingar i Borgå stift."]).municipalities).to.deep.equal([]);
  });

  it("'in different parts of Finland' said of the project is nationwide; of grantees in a list it is not", function () {
    expect(places(["Kokeilut sijoittuvat eri puolille Suomenmaata."]).regions).to.deep.equal(["Koko Suomi"]);
    expect(places(["Avustusta sai sata yhdistystä ympäri Suomen."]).regions).to.deep.equal([]);
    expect(places([], { areaFacts: ["ympäri Suomen"] }).regions).to.deep.equal(["Koko Suomi"]);
  });

  it("towns named by their people: '-lainen' / '-läinen' in any case form, lower-case or opening a sentence", function () {
    expect(places(["Hankasalmelaisille nuorille suunnattu hanke päättyi."]).municipalities).to.deep.equal([
      "Hankasalmi",
    ]);
    expect(places(["Kerhot kokoavat lahtelaisia ja helsinkiläisiä ikäihmisiä."]).municipalities).to.deep.equal([
      "Lahti",
      "Helsinki",
    ]);
    expect(places(["Palvelu tavoittaa kuhmoislaiset perheet."]).municipalities).to.deep.equal(["Kuhmoinen"]);
    // A capitalised one inside a sentence is a surname; words of the same shape that name no town are nothing.
    expect(places(["Puheenjohtaja Kemiläinen avasi kokouksen."]).municipalities).to.deep.equal([]);
    expect(places(["Mukana on suomalaisia ja ulkomaalaisia opiskelijoita."]).municipalities).to.deep.equal([]);
  });

  it("English region names written with a hyphen, and development agencies named after their town", function () {
    expect(places(["The pilots run in North-Savo and South-Ostrobothnia."]).regions).to.deep.equal([
      "Pohjois-Savo",
      "Etelä-Pohjanmaa",
    ]);
    expect(places(["Partners: Kajaani Regional Development Agency and others."]).municipalities).to.deep.equal([]);
  });
});
