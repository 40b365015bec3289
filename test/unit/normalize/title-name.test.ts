import { expect } from "chai";
import { titleOf } from "../../../crawlers/normalize/title.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/title-name: the project's name as the text writes it", function () {
  let titles: Vocabularies["titles"];
  before(async function () {
    ({ titles } = await loadVocabularies());
  });
  const lines = (...text: string[]) => text.join("\n");

  it("reads the name a sentence opens with, in Finnish case forms and English, or quotes", function () {
    const { names } = titles;
    expect(names.inSentence("Kotona kylässä -hankkeessa kehitetään kyläapua ikääntyneille.")).to.deep.equal({
      name: "Kotona kylässä",
      form: "spaced",
    });
    expect(names.inSentence("Yhdessä eteenpäin -hanketta rahoittaa STEA vuosina 2023–2025.")?.name).to.equal(
      "Yhdessä eteenpäin",
    );
    expect(names.inSentence("The STEP UP project helps young people find work.")?.name).to.equal("STEP UP");
    expect(names.inSentence('The project "Making my future" connects young people.')?.name).to.equal(
      "Making my future",
    );
    expect(names.inSentence("Projektet ”Välfärd över gränser II” fortsätter arbetet.")?.name).to.equal(
      "Välfärd över gränser II",
    );
    expect(names.inSentence("TUULI-hankkeessa kehitettiin materiaalia.")).to.deep.equal({
      name: "TUULI",
      form: "glued",
    });
  });

  it("reads no name from a sentence that opens with no name", function () {
    const { names } = titles;
    for (const sentence of [
      "The project will be implemented between April 1, 2023 and March 31, 2026.",
      "Hankkeessa kehitetään kyläapua ikääntyneille.",
      "the small project helps families.",
      "Sosiaali- ja terveysministeriö rahoittaa hanketta kolmen vuoden ajan.",
    ])
      expect(names.inSentence(sentence), sentence).to.equal(undefined);
  });

  it("cuts a heading that runs on past the name, and keeps a heading that is a whole name", function () {
    const { names } = titles;
    expect(names.inHeading("Nuorisotyöllä turvallisempi Kaupunki -hankkeen asettaminen")).to.equal(
      "Nuorisotyöllä turvallisempi Kaupunki",
    );
    expect(names.inHeading("Hyvinvoinnin tilat -hankkeesta")).to.equal("Hyvinvoinnin tilat");
    expect(names.inHeading("Yhdessä tehden -hanke auttaa vähävaraisia")).to.equal("Yhdessä tehden");
    // A compound project word ("yhteishanke", "kehittämisprojekti") is a project word too.
    expect(names.inHeading("Kylien kulttuuripolut –yhteishankkeen vaiheet")).to.equal("Kylien kulttuuripolut");
    for (const heading of ["Muutos III -hanke", "Kestävä kasvu -hanke (RRP2)", "Kotona Suomessa -hanke"])
      expect(names.inHeading(heading), heading).to.equal(undefined);
    // Without a dash, an inflected project word and a lower-case phrase after it still bound the name.
    expect(names.inHeading("Kotona kaikilla –ikääntyneiden kotihoidon hankkeen loppuseminaari")).to.equal(
      "Kotona kaikilla –ikääntyneiden kotihoidon",
    );
    expect(names.inHeading("Kotona kaikilla hanke")).to.equal(undefined);
    // "-hankkeiden": several projects are no project's name.
    expect(names.inHeading("Valtionavustus -hankkeiden siirto alueelle")).to.equal(undefined);
  });

  it("takes the body's name over a slogan, an organisation or a question, not over a heading the text confirms", function () {
    const body = "Kyläapu kotiin -hankkeessa kehitetään kyliin naapuriapua, joka tukee ikääntyneiden asumista kotona.";
    expect(titleOf([], "Naapuriapu kantaa pitkälle", lines("Naapuriapu kantaa pitkälle", body), titles)).to.equal(
      "Kyläapu kotiin",
    );
    const run = "The STEP UP project helps young people in Kemi find work. It is run by Pohjolan Nuorisoseura ry.";
    expect(titleOf([], "Pohjolan Nuorisoseura ry", lines("Pohjolan Nuorisoseura ry", run), titles)).to.equal("STEP UP");
    expect(titleOf([], "Mitä tavoitellaan?", lines("Mitä tavoitellaan?", body), titles)).to.equal("Kyläapu kotiin");
    const confirmed = "The SILTA-project builds an employment network. The BRIDGE project is part of a programme.";
    expect(titleOf([], "SILTA-project", lines("SILTA-project", confirmed), titles)).to.equal("SILTA-project");
    const short = "Kyläapu-hankkeessa kehitetään kyliin naapuriapua, joka tukee ikääntyneiden asumista kotona.";
    expect(titleOf([], "Kyläapu kotiin", lines("Kyläapu kotiin", short), titles)).to.equal("Kyläapu kotiin");
  });

  it("takes a fuller name that the text quotes, and keeps a news or listing headline", function () {
    const fuller = 'Projektet "Välfärd över gränser II" fortsätter arbetet som inleddes i det tidigare projektet.';
    expect(titleOf([], "Välfärd över gränser", lines("Välfärd över gränser", fuller), titles)).to.equal(
      "Välfärd över gränser II",
    );
    const news = "Kotona kylässä -hanke käynnistyy";
    const text = lines(news, "Kotona kylässä -hankkeessa kehitetään kyläapua ikääntyneille yhdessä kuntien kanssa.");
    expect(titleOf([], news, text, titles, { news: true })).to.equal(news);
    expect(
      titleOf([], "Päättyneet hankkeet", lines("Päättyneet hankkeet", text), titles, { isHeadline: () => true }),
    ).to.equal("Päättyneet hankkeet");
  });

  it("reads an acronym with its spelled-out name before a project word, and no lone place-case word", function () {
    const { names } = titles;
    const text =
      "Yksi kaupungin hankkeista on ollut VIRTA – Vireä arki kotikulmilla -hanke, joka päättyi viime keväänä.";
    expect(names.mentioned(text)).to.equal("VIRTA – Vireä arki kotikulmilla");
    // "… arki Keski-Suomessa -hanke": one word in a place case is the tail of a name whose start is unknown.
    expect(names.mentioned("Kaupungissa toimi vireä arki Keski-Suomessa -hanke kolme vuotta.")).to.equal(undefined);
  });

  it("names the project by a capitalised name beside a project word when nothing else names it", function () {
    const text = lines(
      "The project will be implemented between April 1, 2023 and March 31, 2026.",
      "During the project families, professionals and third sector operators work together to achieve the goals of Niitty 2 -project.",
    );
    expect(titleOf([], text.split("\n")[0] ?? "", text, titles)).to.equal("Niitty 2");
    const swedish =
      "Till innehållet\nMinisteriet har beviljat pengar för att genomföra projektet Prima Botnia under tre år.";
    expect(titleOf([], "Till innehållet", swedish, titles)).to.equal("Prima Botnia");
  });

  it("names a page with no heading by the name its text glues to a project word and repeats, not by a kind of project", function () {
    const text = lines(
      "Ikääntyneiden yksinäisyys on kasvava ongelma, johon kunnat etsivät uusia keinoja yhdessä järjestöjen kanssa.",
      "Tavoitteet",
      "Kohtaamo-hankkeessa kokeillaan kylätalojen kahviloita, ja toimintaa tukee ESR-hanke naapurikunnassa.",
      "Kohtaamo-hanke päättyy vuoden 2025 lopussa, ja ESR-hankkeen tulokset julkaistaan samaan aikaan.",
    );
    expect(titleOf([], text.split("\n")[0] ?? "", text, titles)).to.equal("Kohtaamo");
    const once = lines(
      text.split("\n")[0] ?? "",
      "Kainuussa toimii Kohtaamo-hanke, ja ESR-hankkeita ja ESR-hankkeita on kaksi.",
    );
    expect(titleOf([], text.split("\n")[0] ?? "", once, titles)).to.equal("");
  });

  it("reads the name from a short sentence of its own under a section heading", function () {
    const text = lines(
      "Tavoitteet ja toimenpiteet",
      "Metsä kutsuu -hankkeen loppuseminaari pidettiin 3.3.2016.",
      "Hankkeen tavoitteena oli tuoda luonto osaksi terveyden edistämistä kunnissa ja järjestöissä.",
    );
    expect(titleOf([], "Tavoitteet ja toimenpiteet", text, titles)).to.equal("Metsä kutsuu");
  });

  it("names a page with no heading by a quoted name after a project word inside its text", function () {
    const opening =
      "Kommunerna ansvarar för att främja invånarnas hälsa, och efter reformen behöver arbetet nya former och samarbete över gränserna.";
    const text = lines("Gå till innehåll", `${opening} Projektet ”Hälsa i byn” stödde kommunerna i tre år.`);
    expect(titleOf([], "Gå till innehåll", text, titles)).to.equal("Hälsa i byn");
  });
});
