import { expect } from "chai";
import { factsByKind, valuesOf } from "../../../crawlers/normalize/labels.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/labels", function () {
  let labels: Vocabularies["labels"];
  before(async function () {
    ({ labels } = await loadVocabularies());
  });

  it("knows a label by its head word, whatever words surround it", function () {
    for (const label of [
      "Toteutusaika",
      "Suunnitelman mukainen toteutusaika",
      "Hankkeen toteutusaika",
      "Hankkeen kesto",
      "Projektets genomförandetid",
      "Projekttid",
      "Project duration",
    ])
      expect(labels.kindOf(label), label).to.equal("period");
    for (const label of [
      "Hankkeen nimi",
      "Projektin nimi",
      "Toimintamallin nimi",
      "Projektets namn",
      "Project name",
      "Hankkeen otsikko",
      "Projektets titel",
      "Projektets benämning",
    ])
      expect(labels.kindOf(label), label).to.equal("title");
    expect(labels.kindOf("Hakijan virallinen nimi")).to.equal("coordinator");
    expect(labels.kindOf("Yhteyshenkilön nimi")).to.equal("contact");
    expect(labels.kindOf("Toimintamallin rahoittaja")).to.equal("funder");
    expect(labels.kindOf("Total funding")).to.equal("budget");
    expect(labels.kindOf("Toimintalinja")).to.equal("funder");
    // Address and authority lines of registries name places that are not the area.
    for (const label of ["City/town", "Responsible authority", "Campus", "Seutukunnat", "Osoite"])
      expect(labels.kindOf(label), label).to.equal("ignore");
    expect(labels.kindOf("Sähköpostiosoite")).to.equal("contact");
    expect(labels.kindOf("Projektets målgrupper")).to.equal("targetGroup");
    expect(labels.kindOf("Paikkakunta, maakunta tai hyvinvointialue")).to.equal("area");
    expect(labels.kindOf("Kokonaisbudjetti")).to.equal("budget");
    expect(labels.kindOf("Myönnetty EU- ja valtion rahoitus")).to.equal("grant");
    expect(labels.kindOf("Osatoteuttajat")).to.equal("partners");
    expect(labels.kindOf("Vastuuviranomainen")).to.equal("ignore");
    expect(labels.kindOf("Ajankohtaista")).to.equal("ignore");
    expect(labels.kindOf("Tulosta sivu")).to.equal(undefined);
    // Start and end stated as years or dates, and a grant's funding period, in all three languages.
    for (const label of ["Hankkeen alkamisvuosi", "Aloitusvuosi", "Startår", "Start year", "Alkamispvm"])
      expect(labels.kindOf(label), label).to.equal("start");
    for (const label of ["Hankkeen päättymisvuosi", "Lopetuspäivä", "Slutår", "End year", "Completion date"])
      expect(labels.kindOf(label), label).to.equal("end");
    for (const label of ["Rahoituskausi", "Finansieringsperiod", "Funding period"])
      expect(labels.kindOf(label), label).to.equal("period");
    expect(labels.kindOf("Ohjelmakausi")).to.not.equal("period");
  });

  it("finds labelled facts written into running text, with or without a colon", function () {
    const facts = factsByKind(
      [{ label: "Toteuttaja Liikkuva Pohjoinen ry", value: "Kumppanit Oulun kaupunki, Kempeleen kunta" }],
      "Suunnitelman mukainen toteutusaika: Alkaa 1.9.2015 ja päättyy 31.12.2017\nImplementation date 1.1.2025 - 30.6.2028",
      labels,
    );
    expect(valuesOf(facts.period)).to.deep.equal(["Alkaa 1.9.2015 ja päättyy 31.12.2017", "1.1.2025 - 30.6.2028"]);
    // A line that is itself "Label Value", taken for a label over the next line, is split.
    expect(valuesOf(facts.coordinator)).to.deep.equal(["Liikkuva Pohjoinen ry"]);
  });

  it("reads a name's label and a name that holds a question on one line without a colon", function () {
    const text = [
      "Rahoituspäätös",
      "Tutkimusaihe Miten ikääntyneet liikkuvat? Kävelyn ja arjen aktiivisuuden seuranta kolmessa kunnassa",
      "Rahoitus (€) 250 000",
    ].join("\n");
    expect(valuesOf(factsByKind([], text, labels).title)).to.deep.equal([
      "Miten ikääntyneet liikkuvat? Kävelyn ja arjen aktiivisuuden seuranta kolmessa kunnassa",
    ]);
  });
});
