// Queries a person would type into Hankehaku, with the sample-corpus pages they would count as
// hits (by slug). Written from the user's side: inflected forms, synonyms, abbreviations,
// compounds, typos and Swedish and English. Used by relevance.test.ts and bench.
export interface Judgement {
  query: string;
  relevant: string[];
  why: string;
}

export const JUDGEMENTS: Judgement[] = [
  {
    query: "nuorten syrjäytyminen",
    why: "inflection: nuoret/nuorten, syrjäytyminen/syrjäytymisvaarassa",
    relevant: ["syrjaytymisvaarassa-olevat-nuoret-oulu"],
  },
  {
    query: "päihdetyö",
    why: "compound and gradation: päihdetyö vs päihteiden, päihdepalvelut",
    relevant: [
      "paihdetyon-kehittaminen-lappi",
      "kouvolan-paihdetyo",
      "porin-nuorten-paihdetyo",
      "lahti-paihteet-kohtaamispaikka",
    ],
  },
  { query: "nuorten päihteet", why: "inflection", relevant: ["kouvolan-paihdetyo", "porin-nuorten-paihdetyo"] },
  {
    query: "ikääntyneiden liikunta",
    why: "inflection and compound liikuntaneuvonta",
    relevant: ["ikaantyneiden-liikuntaneuvonta"],
  },
  { query: "ikäihmisten yksinäisyys", why: "inflection", relevant: ["espoon-ikaihmisten-yksinaisyys"] },
  {
    query: "omaishoitajien tuki",
    why: "inflection; the Swedish page says närståendevårdare",
    relevant: ["omaishoitajien-jaksaminen", "nyland-narstaendevard"],
  },
  {
    query: "maahanmuuttajien kotoutuminen",
    why: "inflection: maahanmuuttajaperheiden, kotoutuvat, kotouttaminen",
    relevant: ["maahanmuuttajaperheiden-kotoutuminen", "lappeenrannan-kotouttaminen"],
  },
  {
    query: "terveyspalvelut",
    why: "inflection of a compound: terveyspalveluihin",
    relevant: ["savonlinnan-liikkuva-kirjasto", "tornion-rajaseudun-terveys", "joensuun-yhdenvertaisuus"],
  },
  {
    query: "opiskelijoiden mielenterveys",
    why: "inflection and compound mielenterveystaidot",
    relevant: ["oppilaitosten-mielenterveystaidot", "vaasan-opiskelijaterveys"],
  },
  {
    query: "lastensuojelu",
    why: "exact word and inflected lastensuojelun",
    relevant: ["mikkelin-lastensuojelu", "lapsiperheiden-kotipalvelu"],
  },
  {
    query: "perhekeskus",
    why: "inflection perhekeskuksissa; Swedish familjecentret",
    relevant: ["pohjois-karjalan-perhekeskus", "barnfamiljer-abo", "maahanmuuttajaperheiden-kotoutuminen"],
  },
  {
    query: "työttömien terveys",
    why: "inflection and compound terveystarkastukset",
    relevant: ["tyottomien-terveystarkastukset", "kajaanin-liikuntaneuvonta-tyottomat"],
  },
  { query: "sote-integraatio", why: "hyphenated compound", relevant: ["keski-suomen-sote-integraatio"] },
  {
    query: "THL",
    why: "abbreviation of Terveyden ja hyvinvoinnin laitos",
    relevant: [
      "hyvinvointikertomus-kunnissa",
      "kouvolan-paihdetyo",
      "kansallinen-itsemurhien-ehkaisy",
      "hyvinvointialueiden-digitaaliset-palvelut",
      "kuntien-hyte-koordinaatio",
    ],
  },
  {
    query: "Terveyden ja hyvinvoinnin laitos",
    why: "full name",
    relevant: [
      "hyvinvointikertomus-kunnissa",
      "kouvolan-paihdetyo",
      "kansallinen-itsemurhien-ehkaisy",
      "hyvinvointialueiden-digitaaliset-palvelut",
      "kuntien-hyte-koordinaatio",
    ],
  },
  {
    query: "EAKR",
    why: "abbreviation; the Swedish page names the fund in Swedish",
    relevant: [
      "digitaaliset-sotepalvelut-kainuu",
      "pohjois-pohjanmaan-maakuntaohjelma-hyvinvointi",
      "ahvenanmaan-hyvinvointi",
    ],
  },
  {
    query: "STEA",
    why: "funder abbreviation",
    relevant: [
      "omaishoitajien-jaksaminen",
      "vammaisten-tyollistyminen",
      "ungdomars-psykiska-halsa-vasa",
      "asunnottomuuden-ehkaisy",
      "rovaniemen-lapsiperheet",
      "espoon-ikaihmisten-yksinaisyys",
      "hameenlinnan-muistisairaat",
      "joensuun-yhdenvertaisuus",
      "kainuun-nuoret-aikuiset-asuminen",
      "lahti-paihteet-kohtaamispaikka",
    ],
  },
  {
    query: "Savonia",
    why: "organisation, as partner and coordinator",
    relevant: ["nuorten-mielen-tuki", "pohjois-savon-maahanmuuttajat-terveys"],
  },
  { query: "omaishoitjat", why: "typo", relevant: ["omaishoitajien-jaksaminen", "nyland-narstaendevard"] },
  {
    query: "liikuntaneuvona",
    why: "typo",
    relevant: ["ikaantyneiden-liikuntaneuvonta", "kajaanin-liikuntaneuvonta-tyottomat"],
  },
  {
    query: "kotoutumine",
    why: "typo, and being typed",
    relevant: ["maahanmuuttajaperheiden-kotoutuminen", "lappeenrannan-kotouttaminen"],
  },
  {
    query: "närståendevård",
    why: "Swedish, being typed; Finnish page says omaishoitajat",
    relevant: ["nyland-narstaendevard", "omaishoitajien-jaksaminen"],
  },
  { query: "psykisk hälsa unga", why: "Swedish", relevant: ["ungdomars-psykiska-halsa-vasa"] },
  { query: "äldre i skärgården", why: "Swedish", relevant: ["ahvenanmaan-hyvinvointi"] },
  { query: "digital support for older people", why: "English", relevant: ["digital-inclusion-older-people"] },
  {
    query: "lähisuhdeväkivalta",
    why: "inflection of a compound: lähisuhdeväkivallan",
    relevant: ["pirkanmaan-perhevakivalta"],
  },
  {
    query: "asunnottomuus",
    why: "inflection: asunnottomuuden, asunnottomat",
    relevant: ["asunnottomuuden-ehkaisy", "lahti-paihteet-kohtaamispaikka"],
  },
  {
    query: "koululaisten liikkuminen",
    why: "inflection and related word liikunta",
    relevant: ["koululaisten-liikunta-seinajoki", "turun-lasten-liikunta"],
  },
  { query: "ruoka-apu", why: "hyphenated compound", relevant: ["kotkan-ruokaapu"] },
  {
    query: "ravitsemus",
    why: "inflection ravitsemukseen, compound ravitsemuskasvatus",
    relevant: ["ravitsemus-varhaiskasvatuksessa", "kokkolan-ikaantyneiden-ravitsemus", "kuopion-sydanterveys"],
  },
  { query: "muistisairaat", why: "inflection muistisairaita", relevant: ["hameenlinnan-muistisairaat"] },
  { query: "nuorten aikuisten asuminen", why: "inflection", relevant: ["kainuun-nuoret-aikuiset-asuminen"] },
  { query: "itsemurhien ehkäisy", why: "inflection", relevant: ["kansallinen-itsemurhien-ehkaisy"] },
  { query: "saamenkieliset palvelut", why: "inflection", relevant: ["saamelaisten-hyvinvointi"] },
  {
    query: "etävastaanotto",
    why: "inflection and synonym videovastaanotto",
    relevant: [
      "digitaaliset-sotepalvelut-kainuu",
      "paihdetyon-kehittaminen-lappi",
      "raahen-seudun-perheneuvola",
      "saamelaisten-hyvinvointi",
    ],
  },
  {
    query: "vapaaehtoistoiminta",
    why: "compound: vapaaehtoiset, vapaaehtoistoiminnan",
    relevant: ["rauman-vapaaehtoistoiminta", "espoon-ikaihmisten-yksinaisyys", "ikaantyneiden-liikuntaneuvonta"],
  },
];
