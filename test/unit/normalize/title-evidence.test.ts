import { expect } from "chai";
import { titleOf } from "../../../crawlers/normalize/title.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/title-evidence: what the text backs", function () {
  let titles: Vocabularies["titles"];
  before(async function () {
    ({ titles } = await loadVocabularies());
  });

  it("counts a name the text writes in another case form, with a project word glued or not", function () {
    const { evidence } = titles;
    const text =
      "Sateenkaarisillalla on kaksi työryhmää. Sateenkaarisilta-hanke päättyy 2025. Sillan rakentaminen jatkuu.";
    expect(evidence.mentions("Sateenkaarisilta", text)).to.equal(2);
    expect(
      evidence.mentions("Kylien kotiapu", "Kylien kotiavun asiakkaat kiittävät. Kylien kotiapu -hanke jatkuu."),
    ).to.equal(2);
    // A word inside a longer word is no mention.
    expect(evidence.mentions("Silta", "Sateenkaarisillalla on kaksi työryhmää.")).to.equal(0);
    expect(evidence.bare("Kaikki mukaan -hanke")).to.equal("Kaikki mukaan");
    expect(evidence.bare("Kaikki mukaan-projektet")).to.equal("Kaikki mukaan");
  });

  it("cuts lower-case words before a name only when the text backs the rest and not the whole", function () {
    const { evidence } = titles;
    const body = "Sininen keinu -hankkeessa kehitetään kerhoja. Sinisen keinun kerhot kokoontuvat viikoittain.";
    expect(evidence.confirmedPart("orkidea Sininen keinu -hanke", body)).to.equal("Sininen keinu -hanke");
    // Nothing backs the rest: the heading stays as it is.
    expect(evidence.confirmedPart("orkidea Sininen keinu -hanke", "Kerhot kokoontuvat viikoittain.")).to.equal(
      "orkidea Sininen keinu -hanke",
    );
    expect(evidence.confirmedPart("Sininen keinu", body)).to.equal("Sininen keinu");
  });

  it("finds the fuller name the text writes before a project word, never across another project word", function () {
    const { evidence } = titles;
    const text = "Rahoitus myönnettiin Arjen taidot ja työpolut nuorille aikuisille -yhteishankkeelle vuonna 2022.";
    expect(evidence.fuller("Arjen taidot ja työpolut", text)).to.equal("Arjen taidot ja työpolut nuorille aikuisille");
    expect(evidence.fuller("Arjen taidot", "Arjen taidot -hankkeesta Arjen taidot -hanke jatkuu.")).to.equal(undefined);
  });

  it("spells out an acronym where the text introduces it, and leaves a bare acronym the text never expands", function () {
    const { evidence } = titles;
    const text = "Konsortion hakemus (KOTO, kotona asumisen tukea ikääntyville; kolmas haku) hyväksyttiin.";
    expect(evidence.spelledOut("KOTO", text)).to.equal("KOTO, kotona asumisen tukea ikääntyville");
    expect(evidence.spelledOut("KOTO", "Hanke alkoi 2020 ja päättyi 2023: KOTO jatkuu.")).to.equal(undefined);
    // Not an acronym: nothing to spell out.
    expect(evidence.spelledOut("Koto", text)).to.equal(undefined);
    const page = ["KOTO-hanke", text, "KOTO-hankkeessa kokeiltiin etähoivaa kolmessa kunnassa vuosina 2020–2023."].join(
      "\n",
    );
    expect(titleOf([], "Etusivu", page, titles)).to.equal("KOTO, kotona asumisen tukea ikääntyville");
  });

  it("lengthens a heading cut at its project word to the name the text writes in full", function () {
    const text = [
      "Arjen taidot ja työpolut –yhteishankkeen vaiheet",
      "Opetushallitus myönsi rahoitusta Arjen taidot ja työpolut nuorille aikuisille –yhteishankkeelle keväällä.",
    ].join("\n");
    expect(titleOf([], "Arjen taidot ja työpolut –yhteishankkeen vaiheet", text, titles)).to.equal(
      "Arjen taidot ja työpolut nuorille aikuisille",
    );
  });

  it("trims a photo's lower-case word off a heading whose name the text repeats", function () {
    const text = [
      "orkidea Sininen keinu -hanke",
      "STEA myönsi Sininen keinu -hankkeelle avustusta kolmeksi vuodeksi vuosina 2021–2023.",
      "Sinisen keinun kerhot kokoontuvat kirjastoissa ja palvelutaloissa koko kaupungin alueella.",
    ].join("\n");
    expect(titleOf([], "orkidea Sininen keinu -hanke", text, titles)).to.equal("Sininen keinu -hanke");
  });

  it("names one project's page under a listing heading, and keeps the heading of a real listing", function () {
    const isListing = (line: string) => /hankkeet$/iu.test(line);
    const context = { isListing, isHeadline: isListing };
    const single = [
      "Päättyneet hankkeet",
      "Polku pihalle -hankkeen tavoitteena oli tuoda lapsiperheet yhteen kylän pihoille ja puistoihin.",
      "Polku pihalle -hanke sai rahoitusta Leader-ryhmältä, ja se toteutettiin vuosina 2019–2021.",
    ].join("\n");
    expect(titleOf([], "Päättyneet hankkeet", single, titles, context)).to.equal("Polku pihalle");
    // An item's heading under the listing heading, or another project named: a listing.
    const headed = [
      "Päättyneet hankkeet",
      "Polku pihalle",
      "Polku pihalle -hankkeen tavoitteena oli tuoda lapsiperheet yhteen kylän pihoille ja puistoihin.",
      "Polku pihalle -hanke sai rahoitusta Leader-ryhmältä, ja se toteutettiin vuosina 2019–2021.",
    ].join("\n");
    expect(titleOf([], "Päättyneet hankkeet", headed, titles, context)).to.equal("Päättyneet hankkeet");
    // A listing whose intro comes first and whose other items name no project word: most paragraphs speak of others.
    const items = [
      "Päättyneet hankkeet",
      "Tällä sivulla esitellään yhdistyksen päättyneet hankkeet vuosilta 2015–2022 lyhyesti.",
      "Polku pihalle -hanke toi lapsiperheet yhteen kylän pihoille, ja Polku pihalle -hankkeen kerhot jatkuvat.",
      "Kylätalon remontissa uusittiin keittiö ja rakennettiin esteetön sisäänkäynti talkoovoimin.",
      "Ikäihmisten kerhossa kokoonnuttiin viikoittain laulamaan, liikkumaan ja juttelemaan.",
    ].join("\n");
    expect(titleOf([], "Päättyneet hankkeet", items, titles, context)).to.equal("Päättyneet hankkeet");
    const two = `${single}\nMyöhemmin toteutettiin myös Kylän kesä -hanke samalla alueella.`;
    expect(titleOf([], "Päättyneet hankkeet", two, titles, context)).to.equal("Päättyneet hankkeet");
  });

  it("passes over a first line the text never mentions for a later top line the text names as its project", function () {
    const text = [
      "Tervetuloa sivuillemme",
      "Kohtaamispaikka Kajo",
      "Kohtaamispaikka Kajo -hankkeessa avataan kolme olohuonetta kaupungin eri osiin vuoden aikana.",
    ].join("\n");
    expect(titleOf([], "Tervetuloa sivuillemme", text, titles)).to.equal("Kohtaamispaikka Kajo");
    // The first line is mentioned again: it stands.
    const backed = [
      "Kaupungin olohuoneet",
      "Kohtaamispaikka Kajo",
      "Kaupungin olohuoneet avataan kolmeen kaupunginosaan; Kohtaamispaikka Kajo -hankkeessa on kolme työntekijää.",
    ].join("\n");
    expect(titleOf([], "Kaupungin olohuoneet", backed, titles)).to.equal("Kaupungin olohuoneet");
  });
});
