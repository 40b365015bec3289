import { expect } from "chai";
import { fundersOf } from "../../../crawlers/normalize/funders.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/funders: vocabulary breadth, sentence forms and public bodies in three languages", function () {
  let vocabularies: Vocabularies;
  before(async function () {
    vocabularies = await loadVocabularies();
  });
  const inSentences = (...sentences: string[]) => fundersOf([], sentences, vocabularies);
  /** Each sentence with the funders it names, in order. */
  const expectEach = (cases: [string, string[]][]) => {
    for (const [sentence, funders] of cases) expect(inSentences(sentence), sentence).to.deep.equal(funders);
  };

  it("names state agencies, church bodies, Åland, research councils and EU neighbourhood instruments in fi, sv and en", function () {
    expect(inSentences("Aluehallintovirastot ovat myöntäneet avustukset 40 hankkeelle.")).to.deep.equal([
      "Aluehallintovirasto (AVI)",
    ]);
    expect(inSentences("Regionförvaltningsverket har beviljat understöd för projektet.")).to.deep.equal([
      "Aluehallintovirasto (AVI)",
    ]);
    expect(inSentences("Kirkkohallitus myönsi hankkeelle kehittämisavustuksen.")).to.deep.equal(["Kirkkohallitus"]);
    expect(inSentences("Landskapsregeringen har beviljat projektet 50 000 euro.")).to.deep.equal([
      "Ahvenanmaan maakuntahallitus",
    ]);
    // The council that decides is more precise than the Academy it sits in.
    expect(
      inSentences("The study is funded by the Strategic Research Council (SRC) of the Academy of Finland."),
    ).to.deep.equal(["Strategisen tutkimuksen neuvosto (STN)"]);
    expect(inSentences("Funded by the South-East Finland – Russia ENPI programme.")).to.deep.equal([
      "Euroopan naapuruus- ja kumppanuusväline (ENPI)",
    ]);
    expect(inSentences("Pengarna kommer från Kulturfondens specialfond för äldre.")).to.deep.equal([
      "Svenska kulturfonden",
    ]);
    expect(inSentences("Hankkeelle on myönnetty rahoitusta Sitran ja Business Finlandin ohjelmista.")).to.deep.equal([
      "Sitra",
      "Business Finland",
    ]);
  });

  it("names every ministry and the large foundations, inflected, in Swedish and in English", function () {
    expect(inSentences("Hanke toteutetaan oikeusministeriön rahoituksella.")).to.deep.equal(["Oikeusministeriö (OM)"]);
    expect(inSentences("Hanke on Jenny ja Antti Wihurin rahaston rahoittama.")).to.deep.equal([
      "Jenny ja Antti Wihurin rahasto",
    ]);
    expect(inSentences("The project is funded by the Kone Foundation.")).to.deep.equal(["Koneen Säätiö"]);
    expect(inSentences("Projektet finansieras av Signe och Ane Gyllenbergs stiftelse.")).to.deep.equal([
      "Signe och Ane Gyllenbergs stiftelse",
    ]);
    expectEach([
      ["Föreningens verksamhet finansieras med PAF-medel.", ["Ålands Penningautomatförening (PAF)"]],
      ["Koulutukset rahoitetaan oikeudenmukaisen siirtymän rahastosta.", ["Oikeudenmukaisen siirtymän rahasto (JTF)"]],
      [
        "Projektet finansieras av SHM och UKM.",
        ["Sosiaali- ja terveysministeriö (STM)", "Opetus- ja kulttuuriministeriö (OKM)"],
      ],
    ]);
    expect(
      inSentences("The project has received funding from the European Union's Horizon 2020 programme."),
    ).to.deep.equal(["Horisontti 2020"]);
  });

  it("reads funding said in other words: 'rahoitus on saatu', 'mahdollistaa', 'käytetään … varoja', a priority axis", function () {
    expect(
      inSentences("Rahoitus hankkeelle on saatu Leader-ryhmältä ja se on osa EU:n maaseuturahoitusta."),
    ).to.deep.equal(["Leader", "Euroopan maaseudun kehittämisen maatalousrahasto (maaseuturahasto)"]);
    expect(inSentences("Hankkeen mahdollistaa Keski-Suomen ELY-keskus Maaseuturahastosta.")).to.have.members([
      "Euroopan maaseudun kehittämisen maatalousrahasto (maaseuturahasto)",
      "Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus)",
    ]);
    expect(inSentences("Hankkeeseen käytetään myös Kotkan seurakuntayhtymän lahjoitusvaroja.")).to.deep.equal([
      "Kotkan seurakuntayhtymä",
    ]);
    expect(
      inSentences("Hanke toteuttaa toimintalinjaa 5: Sosiaalinen osallisuus ja köyhyyden torjunta."),
    ).to.deep.equal(["Euroopan sosiaalirahasto (ESR)"]);
  });

  it("takes an EU programme named anywhere on the page, not only in a funding sentence", function () {
    expect(inSentences("The Finnish Line was a youth exchange (Erasmus + KA1) held in Nykarleby.")).to.deep.equal([
      "Erasmus+",
    ]);
    expect(inSentences("Central Baltic", "Making my future connects young people with youth workers.")).to.deep.equal([
      "Interreg",
    ]);
    // The structural funds programme of 2021–2027 stands for its social fund (ESR+), in three languages.
    expect(inSentences("Kokeilu kuuluu Uudistuva ja osaava Suomi 2021–2027 -ohjelmaan.")).to.deep.equal([
      "Euroopan sosiaalirahasto plus (ESR+)",
    ]);
    expect(inSentences("The pilot belongs to the Innovation and Skills in Finland 2021–2027 programme.")).to.deep.equal(
      ["Euroopan sosiaalirahasto plus (ESR+)"],
    );
    expect(inSentences("Projektet ingår i programmet Ett förnyande och kompetent Finland 2021–2027.")).to.deep.equal([
      "Euroopan sosiaalirahasto plus (ESR+)",
    ]);
    // A plain "Erasmus" exchange is a student's, not the project's funding.
    expect(inSentences("Opiskelijat lähtevät Erasmus-vaihtoon keväällä.")).to.deep.equal([]);
  });

  it("does not take a recipient, a receiver or an English common noun for a funder", function () {
    // The ministry is written in the recipient's case: STEA proposes, the ministry decides.
    expect(
      inSentences(
        "STEAn avustukset päätetään, kun STEA on tehnyt sosiaali- ja terveysministeriölle avustusehdotuksen.",
      ),
    ).to.deep.equal(["Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)"]);
    expect(
      inSentences("Avustusta saivat myös Porin seurakuntayhtymän nuorisohanke ja Turun kaupungin kerho."),
    ).to.deep.equal([]);
    expect(inSentences("Hanke sai avustusta Porin kaupungilta.")).to.deep.equal(["Porin kaupunki"]);
    // The ministry only decides on STEA's proposal: handed over "for it to handle", it is no funder.
    expect(
      inSentences("STEA:n avustusehdotus viedään opetus- ja kulttuuriministeriön päätettäväksi keväällä."),
    ).to.deep.equal(["Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)"]);
    // A city in the genitive before what it owns is not the funder; before its funding, or in a list, it is.
    expect(inSentences("Kerhoa rahoittaa AVI ja hallinnoi Kajaanin kaupungin nuorisotoimi.")).to.deep.equal([
      "Aluehallintovirasto (AVI)",
    ]);
    expect(inSentences("Hanke toteutetaan Kemin kaupungin kanssa Kelan tuella.")).to.deep.equal(["Kela"]);
    expect(inSentences("Kokeilu rahoitetaan Kemin kaupungin omarahoituksella ja Kelan tuella.")).to.have.members([
      "Kela",
      "Kemin kaupunki",
    ]);
    expect(inSentences("Kokeilu on Kemin kaupungin ja Kelan rahoittama.")).to.have.members(["Kela", "Kemin kaupunki"]);
    // A list of bodies that received money, and one that gave it.
    expect(inSentences("Kehittämisavustusta saivat Sallan ja Sodankylän kunnat.")).to.deep.equal([]);
    expect(inSentences("Kylätalo sai tukea Sallan ja Sodankylän kunnilta.")).to.deep.equal([
      "Sallan kunta",
      "Sodankylän kunta",
    ]);
    expect(
      inSentences("The project, funded by the Ministry of Education and Culture, has a team leader."),
    ).to.deep.equal(["Opetus- ja kulttuuriministeriö (OKM)"]);
    expect(inSentences("Hanke on LEADER-rahoitteinen ja sitä rahoittaa Leader Pohjois-Satakunta.")).to.include(
      "Leader",
    );
  });

  it("names each public body of a list before a plural type word", function () {
    expect(
      inSentences("Hanketta rahoittavat Hämeen, Kaakkois-Suomen ja Uudenmaan ELY-keskukset sekä Oulun kaupunki."),
    ).to.have.members([
      "Hämeen elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus)",
      "Kaakkois-Suomen elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus)",
      "Uudenmaan elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus)",
      "Oulun kaupunki",
    ]);
    expect(inSentences("Hanketta rahoittavat Kittilän ja Posion kunnat.")).to.have.members([
      "Kittilän kunta",
      "Posion kunta",
    ]);
  });

  it("reads a funding verb written with a tripled letter, and who answers for the funding", function () {
    expectEach([
      [
        "Hanketta rahoitttaa Pohjois-Karjalan ELY-keskus.",
        ["Pohjois-Karjalan elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus)"],
      ],
      ["Ohjelman rahoituksesta vastaa opetus- ja kulttuuriministeriö.", ["Opetus- ja kulttuuriministeriö (OKM)"]],
      ["The Ministry of the Interior funds the new pilot in three towns.", ["Sisäministeriö (SM)"]],
      [
        "Kainuun Ely-keskus on tehnyt hankkeesta myönteisen päätöksen ja avustusehdotuksen.",
        ["Kainuun elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus)"],
      ],
      ["The pilot is supported by the Regional Council of North Savo.", ["Pohjois-Savon liitto"]],
      // Money in a compound ("EU-rahaa", "Leader-rahalla") says who funds, too.
      [
        "Kyläyhdistykset ovat käyttäneet maaseuturahaston Leader-rahaa uimarantoihin.",
        ["Euroopan maaseudun kehittämisen maatalousrahasto (maaseuturahasto)", "Leader"],
      ],
    ]);
  });

  it("names a foundation missing from the vocabulary by the grammar of its name, only where it gives the money", function () {
    expectEach([
      [
        "Verksamheten stöds genom bidrag av Anna och Erik Lindqvists stiftelse.",
        ["Anna och Erik Lindqvists stiftelse"],
      ],
      ["Projektet bekostas av Skärgårdsstiftelsen i Åboland rf.", ["Skärgårdsstiftelsen i Åboland rf"]],
      ["Kerho toimii Pohjolan Nuorisosäätiön tuella.", ["Pohjolan Nuorisosäätiö"]],
      ["Hanke sai avustusta Mäkelän säätiöltä vuodeksi 2024.", ["Mäkelän säätiö"]],
      ["Hankkeen rahoittajana toimii Kotikulman säätiö.", ["Kotikulman säätiö"]],
      [
        "The work is funded by the Northern Light Foundation for Child Health.",
        ["Northern Light Foundation for Child Health"],
      ],
      // The foundation runs the project, or is named beside the funder: not a funder.
      [
        "Hanketta hallinnoi Kotikulman säätiö ja rahoittaa STEA.",
        ["Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)"],
      ],
      [
        "Projektet genomförs av Kustens bostadsstiftelse och finansieras av ARA.",
        ["Asumisen rahoitus- ja kehittämiskeskus (ARA)"],
      ],
      // A foundation the vocabulary knows keeps its canonical name.
      ["Hanke sai rahoitusta Koneen säätiöltä.", ["Koneen Säätiö"]],
    ]);
  });

  it("names public bodies written in English or Swedish in Finnish, only where the sentence makes them the giver", function () {
    expect(
      inSentences(
        "Partial funding was provided by the municipalities of Kittilä and Posio and the cities of Raahe and Lahti.",
      ),
    ).to.have.members(["Kittilän kunta", "Posion kunta", "Raahen kaupunki", "Lahden kaupunki"]);
    expect(inSentences("Projektet finansieras av Vasa stad och Korsholms kommun.")).to.deep.equal([
      "Vaasan kaupunki",
      "Mustasaaren kunta",
    ]);
    expect(inSentences("Raseborgs stad deltar i projektet, som finansieras av Utbildningsstyrelsen.")).to.deep.equal([
      "Opetushallitus (OPH)",
    ]);
    expect(inSentences("Ministeriet har beviljat Österbottens välfärdsområde statsunderstöd.")).to.deep.equal([]);
    expect(inSentences("Projektet finansieras av NTM-centralen i Österbotten.")).to.deep.equal([
      "Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus)",
    ]);
    expect(inSentences("The project is funded by the ELY Centre of North Savo.")).to.deep.equal([
      "Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus)",
    ]);
    expect(vocabularies.cues.foreignBodies.genitiveOf("Helsinki")).to.equal("Helsingin");
    expect(vocabularies.cues.foreignBodies.genitiveOf("Rovaniemi")).to.equal("Rovaniemen");
    expect(vocabularies.cues.foreignBodies.genitiveOf("Seinäjoki")).to.equal("Seinäjoen");
    expect(vocabularies.cues.foreignBodies.genitiveOf("Lappeenranta")).to.equal("Lappeenrannan");
    expect(vocabularies.cues.foreignBodies.genitiveOf("Tampere")).to.equal("Tampereen");
    expect(vocabularies.cues.foreignBodies.genitiveOf("Kauhajoki")).to.equal("Kauhajoen");
  });
});
