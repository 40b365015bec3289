import { expect } from "chai";
import { extractContacts, findEmails, findPhones } from "../../crawlers/contacts.js";
import type { Cues } from "../../crawlers/normalize/cues.js";
import { loadVocabularies } from "../../crawlers/vocabulary.js";

describe("contacts", function () {
  let cues: Cues;
  before(async function () {
    ({ cues } = await loadVocabularies());
  });

  it("de-obfuscates e-mail addresses and drops placeholders", function () {
    const text =
      "heli.hatonen(a)thl.fi. matti.meikalainen [at] kunta.fi, info at yhdistys.fi, etunimi.sukunimi@thl.fi, fornamn.efternamn@region.fi, firstname.surname@uni.fi";
    expect(findEmails(text)).to.deep.equal(["heli.hatonen@thl.fi", "matti.meikalainen@kunta.fi", "info@yhdistys.fi"]);
  });

  it("reads Finnish phone numbers as written, and not dates, years or postal codes", function () {
    const text =
      "Puh. 029 524 7164\nGSM 0403120412\n+358 40 551 2453\n1.1.2012–31.1.2015\n00014 Helsingin yliopisto\n8 750 euroa";
    expect(findPhones(text)).to.deep.equal(["029 524 7164", "0403120412", "+358 40 551 2453"]);
  });

  it("pairs people with their title, phone and e-mail, in the order the address gives", function () {
    const text =
      "Lisätietoja\nErityisasiantuntija Heli Hätönen\np. 029 524 7742\nheli.hatonen(a)thl.fi\nHietasaari Sari\nTuntiopettaja\nsari.hietasaari@jedu.fi";
    expect(extractContacts(text, cues).contacts).to.deep.equal([
      { name: "Heli Hätönen", title: "Erityisasiantuntija", phone: "029 524 7742", email: "heli.hatonen@thl.fi" },
      { name: "Sari Hietasaari", title: "Tuntiopettaja", email: "sari.hietasaari@jedu.fi" },
    ]);
  });

  it("reads a glued line of name, title, organisation and phone, and a title before the name", function () {
    const text =
      "Lisätietoja: Laura Virta, neuvotteleva virkamies, STM, puh. 0295 163 482\n" +
      "Projektledare Linda Holm, linda.holm(at)novia.fi, tfn 06 328 5390\n" +
      "Anna-Maija Lehto, Senior Lecturer\nanna-maija.lehto@turkuamk.fi";
    expect(extractContacts(text, cues).contacts.map((contact) => contact.name)).to.deep.equal([
      "Laura Virta",
      "Linda Holm",
      "Anna-Maija Lehto",
    ]);
  });

  it("names a person as the page writes the name that the address spells without accents", function () {
    const text = "Hankkeen yhteyshenkilön nimi: Hanna Kärkkäinen\nSähköposti: hanna.karkkainen(at)oamk.fi";
    expect(extractContacts(text, cues).contacts).to.deep.equal([
      { name: "Hanna Kärkkäinen", email: "hanna.karkkainen@oamk.fi" },
    ]);
    // A region taken for a name gives way to the name the address agrees with.
    const region = "Alue Oulu\nSuunnittelija Riikka Heikkinen\nriikka.heikkinen@lp.fi";
    expect(extractContacts(region, cues).contacts.map((contact) => contact.name)).to.deep.equal(["Riikka Heikkinen"]);
  });
});
