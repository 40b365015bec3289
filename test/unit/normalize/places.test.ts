import { expect } from "chai";
import { createPlaceRules, type PlacesFile } from "../../../crawlers/normalize/place-rules.js";
import { placesOf } from "../../../crawlers/normalize/places.js";
import { readConfigJson } from "../../../core/paths.js";
import { loadVocabularies, type Vocabularies } from "../../../crawlers/vocabulary.js";

describe("normalize/places: what is the area and what only names a place", function () {
  let vocabularies: Vocabularies;
  const places = (sentences: string[], options: { areaFacts?: string[]; title?: string; listing?: boolean } = {}) =>
    placesOf({ title: options.title ?? "", areaFacts: options.areaFacts ?? [], sentences, ...options }, vocabularies);
  before(async function () {
    vocabularies = await loadVocabularies();
  });

  it("region groups: former provinces, areas across a border and Leader areas stand for their regions", async function () {
    const rules = createPlaceRules(await readConfigJson<PlacesFile>("places.json"));
    expect(rules.regionGroups("Kohdealue: Oulun lääni").regions).to.deep.equal(["Pohjois-Pohjanmaa", "Kainuu"]);
    // The group's words are blanked, so its town is not read again.
    expect(rules.regionGroups("Oulu Province in Finland").rest).not.to.include("Oulu");
    expect(rules.regionGroups("toimii Päijänne-Leaderin alueella").regions).to.deep.equal(["Päijät-Häme"]);
    // A Leader group named as an organisation is not an area; a name that is a common word needs "Leader".
    expect(rules.regionGroups("Pääpartneri Pirkan Helmi ry").regions).to.deep.equal([]);
    expect(rules.regionGroups("Vi sitter alla i samma båt.").regions).to.deep.equal([]);
    // A case ending, not a longer word: "Oulun lääninhallitus" is an authority, not the province.
    expect(rules.regionGroups("OULUN LÄÄNINHALLITUS").regions).to.deep.equal([]);
    expect(rules.regionGroups("Samarbete i Kvarken").regions).to.deep.equal(["Pohjanmaa"]);
  });

  it("institutions named after towns, joined towns and compound heads, in any capitalisation", function () {
    expect(
      places([
        "Osatoteuttajina Jyväskylän Ammattikorkeakoulu Oy, Jyväskylän kesäyliopisto ja Jyväskylän kansalaisopisto.",
      ]).municipalities,
    ).to.deep.equal([]);
    expect(places(["Hanketta hallinnoi Helsingin Diakonissalaitos."]).municipalities).to.deep.equal([]);
    expect(places(["Tutkimusta tekevät Jyväskylän ja Tampereen yliopistot."]).municipalities).to.deep.equal([]);
    expect(places(["It is coordinated by Helsinki Deaconess Foundation."]).municipalities).to.deep.equal([]);
    // A town's own council or city is the town: it works there.
    expect(places(["Työtä tehdään yhdessä Kalajoen kaupungin kanssa."]).municipalities).to.deep.equal(["Kalajoki"]);
  });

  it("addresses, navigation paths and datelines are not the area", function () {
    expect(
      places([
        "Savonia University of Applied Sciences (Kuopio, North Savo, Finland)",
        "Petrozavodsk State University (Petrozavodsk, Republic of Karelia, Russia)",
      ]),
    ).to.deep.equal({ regions: [], municipalities: [] });
    expect(places(["Etusivu / Tutkimus ja kehitys / Hankkeet Rovaniemi"])).to.deep.equal({
      regions: [],
      municipalities: [],
    });
    expect(places(["Oulussa 12.3.2019", "Hakemus koskee vanhuspalveluja."]).municipalities).to.deep.equal([]);
    // Abroad: Övertorneå in Sweden is not Ylitornio, whose Swedish name it shares.
    expect(places(["Partners: Övertorneå Municipality (SE)"]).municipalities).to.deep.equal([]);
    expect(places(["Together with Övertorneå on the Swedish side."]).municipalities).to.deep.equal([]);
    expect(places(["Kerhot toimivat Ylitorniolla."]).municipalities).to.deep.equal(["Ylitornio"]);
  });

  it("sub-regions named after a town, former municipalities and plural-stem genitives", function () {
    expect(places(["Hanke toimii Seinäjoen seudulla."])).to.deep.equal({
      regions: ["Etelä-Pohjanmaa"],
      municipalities: [],
    });
    expect(places(["Verksamheten ordnas i Korpo och Nagu."]).municipalities).to.deep.equal(["Parainen"]);
    expect(places(["Kerhot kokoontuvat Haukiputaalla."]).municipalities).to.deep.equal(["Oulu"]);
    expect(places(["Paraisten kaupunki järjestää kerhot."]).municipalities).to.deep.equal(["Parainen"]);
    expect(places(["Kokeilu tehdään Puolangalla ja Nurmeksen kylissä."]).municipalities).to.deep.equal([
      "Puolanka",
      "Nurmes",
    ]);
    // A line that is only a town's name (a card's postal town) counts only when no other line names a town.
    expect(places(["Kerhot kokoontuvat Nivalassa.", "Oulu"]).municipalities).to.deep.equal(["Nivala"]);
    expect(places(["Hankkeen yhteyshenkilö", "Ylivieska"]).municipalities).to.deep.equal(["Ylivieska"]);
    // Another project's name, likewise; the page's own project (its name in the title) is its area.
    expect(
      places([
        "Työ jatkui Osallistu Lapinlahden Lähteellä -hankkeessa aloitetusta mallista.",
        "Kuvaukset tehtiin Lapinjärvellä.",
      ]).municipalities,
    ).to.deep.equal(["Lapinjärvi"]);
    expect(places(["Nuoret Kajaanissa -hanke alkaa."], { title: "Nuoret Kajaanissa" }).municipalities).to.deep.equal([
      "Kajaani",
    ]);
    // A one-off event's venue, likewise.
    expect(
      places(["Kerhot kokoontuvat Kuhmossa.", "Hankkeen loppuseminaari pidetään Kajaanissa 5.6."]).municipalities,
    ).to.deep.equal(["Kuhmo"]);
    expect(
      places(["The final conference took place in Rovaniemi.", "Meetings are held in Kemi."]).municipalities,
    ).to.deep.equal(["Kemi"]);
    expect(places(["The hospital districts of Lapland and Northern Ostrobothnia take part."]).regions).to.deep.equal([
      "Lappi",
      "Pohjois-Pohjanmaa",
    ]);
  });

  it("stated municipalities are the towns; the text's regions still count", function () {
    expect(
      places(
        [
          "Kohderyhmänä ovat Etelä-Karjalan ja Kymenlaakson maaseudulla asuvat ikäihmiset.",
          "Kokous pidettiin Kotkassa.",
        ],
        {
          areaFacts: ["Pilottikunnat: Lemi, Savitaipale"],
        },
      ),
    ).to.deep.equal({ regions: ["Etelä-Karjala", "Kymenlaakso"], municipalities: ["Lemi", "Savitaipale"] });
  });

  it("a listing: the towns of its items are not its area, a region it names still is", function () {
    const items = [
      "Ikäystävällinen Ruokolahti: selvitys.",
      "Iisalmi: asumisen kehittämissuunnitelma.",
      "Hankkeita on koko Satakunnassa.",
    ];
    expect(places(items, { listing: true })).to.deep.equal({ regions: ["Satakunta"], municipalities: [] });
    expect(places(items, { listing: true, areaFacts: ["Kunta: Iisalmi"] }).municipalities).to.deep.equal(["Iisalmi"]);
    expect(places(items).municipalities).to.deep.equal(["Ruokolahti", "Iisalmi"]);
  });

  it("an organisation named after its town: the town is where it is registered, its home only when nothing else is said", function () {
    // A foundation, an association with its legal form, a school with words between town and head word.
    expect(
      places(["Työ tehdään Lahden Diakonisäätiön ja Paimion Rasti ry:n kanssa Hollolassa."]).municipalities,
    ).to.deep.equal(["Hollola"]);
    expect(
      places([
        "Kurssit: Helsingin Evankelinen Opisto ja Kiteen Evankelinen Kansanopisto.",
        "Partners are Vasa Ungdomsförening and Kuopion Kaupunkilähetys.",
      ]),
    ).to.deep.equal({ regions: [], municipalities: [] });
    // One such organisation and no other town: the coordinator's home is the project's place.
    expect(places(["Hanketta toteuttaa Espoon Diakoniasäätiö yhdessä virolaisen kumppanin kanssa."])).to.deep.equal({
      regions: ["Uusimaa"],
      municipalities: ["Espoo"],
    });
    // A college is no local organisation: a partner, never the home.
    expect(places(["Osatoteuttaja on Jyväskylän Ammattikorkeakoulu Oy."]).municipalities).to.deep.equal([]);
    // A district after the town is a place in the town, not an organisation's name.
    expect(places(["Kerho kokoontuu Tampereen Hervannassa."]).municipalities).to.deep.equal(["Tampere"]);
  });

  it("a logo's caption and an organisation's business ID line name their owners' towns, not the area", function () {
    expect(places(["Kerhot kokoontuvat Nurmeksessa.", "Lieksan kaupungin logo"]).municipalities).to.deep.equal([
      "Nurmes",
    ]);
    expect(places(["Logotyp: Vasa stad"]).municipalities).to.deep.equal([]);
    expect(places(["Osatoteuttajat", "Lapinjärven kunta, 0203135-3"])).to.deep.equal({
      regions: [],
      municipalities: [],
    });
  });

  it("a town's name before 'region' or 'area' in English and Swedish is a sub-region: its region counts", function () {
    expect(places(["Good practices are brought to the Tampere Region."])).to.deep.equal({
      regions: ["Pirkanmaa"],
      municipalities: [],
    });
    expect(places(["Projektet verkar i Vasa region."])).to.deep.equal({ regions: ["Pohjanmaa"], municipalities: [] });
    // A label on the next line is no part of the name: "Raisio" then "Area" stays the town.
    expect(places(["Clubs meet in Turku and Raisio\nArea of work"]).municipalities).to.deep.equal(["Turku", "Raisio"]);
  });

  it("a funding round's list items and a link's text name grantees and other pages, not the area", function () {
    expect(
      places([
        "Hankkeet toteutetaan Varsinais-Suomessa.",
        "• Raision kaupungille myönnetään hankkeeseen ”Etäkuntoutus” 35 000 euroa.",
        "- Liikuntaa kaikille, Paimion Urheilijat, 12 500 €",
      ]),
    ).to.deep.equal({ regions: ["Varsinais-Suomi"], municipalities: [] });
    expect(places(["• Katso lisää hankkeesta Kauniaisten kaupungin sivuilta"]).municipalities).to.deep.equal([]);
    expect(places(["Läs mer på Vasa stads webbplats."]).municipalities).to.deep.equal([]);
    // Money in a sentence that is no list item is the project's own: its town still counts.
    expect(places(["Raision kaupunki sai hankkeeseen 35 000 euroa."]).municipalities).to.deep.equal(["Raisio"]);
  });

  it("others who also received money are other grantees: their towns count only when no other line names one", function () {
    expect(
      places([
        "Kouvolan seurakunnat saivat avustuksen kotikäynteihin.",
        "Avustusta saivat myös Turun ja Kaarinan seurakuntayhtymän nuorisotyö sekä Oulun diakonia.",
      ]),
    ).to.deep.equal({ regions: ["Kymenlaakso"], municipalities: ["Kouvola"] });
    expect(places(["Även Vasa stad fick stöd för ett liknande projekt."]).municipalities).to.deep.equal(["Vaasa"]);
  });

  it("a village or former municipality names the municipality it now belongs to, in either language", function () {
    expect(places(["Träffarna hålls i Terjärv och Nedervetil."]).municipalities).to.deep.equal(["Kruunupyy"]);
    expect(places(["Kerho kokoontuu Kuivaniemellä ja Temmeksellä."]).municipalities).to.deep.equal(["Ii", "Tyrnävä"]);
    expect(places(["Toimintaa on Kesälahdella."])).to.deep.equal({
      regions: ["Pohjois-Karjala"],
      municipalities: ["Kitee"],
    });
  });

  it("mid-sentence, a town's genitive before a capitalised word is a proper name, not where the work is", function () {
    expect(
      places(["Malli on opittu Lapinlahden Lähteen kokemuksista, ja työ tehdään Lapinjärvellä."]).municipalities,
    ).to.deep.equal(["Lapinjärvi"]);
    // Such a name alone is no coordinator's home: nothing is placed.
    expect(places(["Hanke hyödyntää Lapinlahden Lähteen mallia."]).municipalities).to.deep.equal([]);
    // A district after the town, in a place case, keeps the town.
    expect(places(["Työ tehdään Tampereen Hervannassa."]).municipalities).to.deep.equal(["Tampere"]);
  });

  it("partners' towns are where the partners are: they count only when no other line names a town", function () {
    expect(
      places(["Projektet genomförs i Helsingfors.", "Från Finland deltar också Åbo stad och Vasa stad."])
        .municipalities,
    ).to.deep.equal(["Helsinki"]);
    expect(
      places(["The work is done in Kajaani.", "The partners of the project are the cities of Oulu and Kemi."])
        .municipalities,
    ).to.deep.equal(["Kajaani"]);
    // Partners and nothing else: their towns are all the page says.
    expect(places(["Yhteistyökumppaneina ovat Kuopion ja Siilinjärven kunnat."]).municipalities).to.deep.equal([
      "Kuopio",
      "Siilinjärvi",
    ]);
  });

  it("a title that names a region scopes the project: the text's 'whole country' describes a programme", function () {
    const text = ["Ohjelma nopeuttaa hoitoon pääsyä koko maassa.", "Työ tehdään maakunnan kunnissa."];
    expect(places(text, { title: "Keski-Suomen kestävän kasvun hanke" }).regions).to.deep.equal(["Keski-Suomi"]);
    expect(places(text, { title: "Hoitoon pääsyn hanke" }).regions).to.deep.equal(["Koko Suomi"]);
    // A title that says national is national, whatever else it names.
    expect(places([], { title: "Kansallinen Keski-Suomen malli" }).regions).to.include("Koko Suomi");
  });

  it("work at the national and regional level is national when nothing narrower places the project", function () {
    expect(places(["We support national and regional development projects in their work."]).regions).to.deep.equal([
      "Koko Suomi",
    ]);
    expect(places(["Hanke alkoi valtakunnallisella ja alueellisella viestinnällä."]).regions).to.deep.equal([
      "Koko Suomi",
    ]);
    // A region or town on the page is narrower: the level wording then describes where results spread.
    expect(
      places(["Työ tehdään Kainuussa.", "Tuloksia jaetaan kansallisella ja alueellisella tasolla."]).regions,
    ).to.deep.equal(["Kainuu"]);
  });

  it("a model named after a town and a study trip's destination are not where the project works", function () {
    expect(places(["Kotihoitoa kehitetään Kajaanissa Tampereen mallin mukaisesti."]).municipalities).to.deep.equal([
      "Kajaani",
    ]);
    expect(places(["We adapt the Oulu model for the schools of Kemi."]).municipalities).to.deep.equal(["Kemi"]);
    expect(
      places(["Ryhmät kokoontuvat Sotkamossa.", "Syksyllä tehtiin opintomatka Jyväskylään."]).municipalities,
    ).to.deep.equal(["Sotkamo"]);
    expect(places(["Vi gjorde en studieresa till Vasa.", "Verksamheten finns i Närpes."]).municipalities).to.deep.equal(
      ["Närpiö"],
    );
  });

  it("an event the project took part in, held elsewhere, is a venue: its town counts only when no other does", function () {
    expect(
      places(["Kerhot kokoontuvat Raahessa.", "Hanke osallistui Helsingin messuille marraskuussa."]).municipalities,
    ).to.deep.equal(["Raahe"]);
    expect(
      places(["Clubs meet in Kemi.", "The team attended a congress in Tampere and presented the model."])
        .municipalities,
    ).to.deep.equal(["Kemi"]);
  });

  it("a newspaper named after its town is a source, not the area", function () {
    expect(
      places(["Helsingin Sanomat kertoi hankkeesta, jonka kerhot toimivat Lohjalla."]).municipalities,
    ).to.deep.equal(["Lohja"]);
    expect(places(["Åbo Underrättelser skrev om projektet."]).municipalities).to.deep.equal([]);
  });

  it("a headline that funds a counted number of recipients is a funding round: its towns are the grantees'", function () {
    const text = [
      "Uudenmaan liitto rahoittaa selvityksiä.",
      "Espoon kaupunki: liikenneselvitys.",
      "Vantaan kaupunki: alusta.",
    ];
    expect(places(text, { title: "Rahoitusta kymmenelle selvityshankkeelle" })).to.deep.equal({
      regions: ["Uusimaa"],
      municipalities: [],
    });
    expect(
      places(["Kotka ja Hamina saivat tukea."], { title: "Avustuksia 12 seurakunnalle" }).municipalities,
    ).to.deep.equal([]);
    // One recipient, or a project for a number of municipalities, is no round.
    expect(places(text, { title: "Espoo sai rahoitusta selvityshankkeelle" }).municipalities).to.deep.equal([
      "Espoo",
      "Vantaa",
    ]);
    expect(
      places(["Mukana Kotka ja Hamina."], { title: "Yhteinen malli kahdelle kunnalle" }).municipalities,
    ).to.deep.equal(["Kotka", "Hamina"]);
  });
});
