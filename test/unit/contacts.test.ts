import { expect } from "chai";
import { extractContacts, findEmails, findPhones } from "../../crawlers/contacts.js";

describe("contacts", function () {
  it("de-obfuscates e-mail addresses and drops placeholders", function () {
    const text = "heli.hatonen(a)thl.fi. matti.meikalainen [at] kunta.fi, info at yhdistys.fi, etunimi.sukunimi@thl.fi";
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
    expect(extractContacts(text).contacts).to.deep.equal([
      { name: "Heli Hätönen", title: "Erityisasiantuntija", phone: "029 524 7742", email: "heli.hatonen@thl.fi" },
      { name: "Sari Hietasaari", title: "Tuntiopettaja", email: "sari.hietasaari@jedu.fi" },
    ]);
  });
});
