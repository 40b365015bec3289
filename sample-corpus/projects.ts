// SAMPLE DATA, written for Hankehaku. These projects are invented for demonstration and
// tests; any resemblance to real projects is for realism only. `generate.ts` renders them
// as HTML pages in several layouts (sample-corpus/site/), which the service serves under
// /sample/ and crawls through the ordinary pipeline when `sampleCorpus` is on.
// Each fact is written the loose way real project pages write it: inflected place names,
// funders as prose, periods as "2019–2022" or "1.3.2021–28.2.2024".

export type Layout = "dl" | "table" | "strong" | "headings" | "lines";

export interface SampleProject {
  slug: string;
  lang: "fi" | "sv" | "en";
  layout: Layout;
  title: string;
  coordinator: string;
  partners?: string;
  area: string;
  funding: string;
  period: string;
  budget?: string;
  targetGroups: string;
  description: string[];
}

export const SAMPLE_PROJECTS: SampleProject[] = [
  {
    slug: "nuorten-mielen-tuki", lang: "fi", layout: "dl",
    title: "Nuorten mielen tuki – matalan kynnyksen keskusteluapua Kuopiossa",
    coordinator: "Kuopion kaupunki", partners: "Savonia-ammattikorkeakoulu, Nuorten Ystävät ry",
    area: "Pohjois-Savo", funding: "Sosiaali- ja terveysministeriö (STM), Kuopion kaupunki", period: "1.1.2021–31.12.2023", budget: "480 000 euroa",
    targetGroups: "13–25-vuotiaat nuoret ja heidän läheisensä",
    description: [
      "Hankkeessa kehitettiin nuorille matalan kynnyksen keskusteluapua, johon pääsee ilman lähetettä ja ajanvarausta. Keskustelupaikka toimi koulujen yhteydessä ja verkossa chat-palveluna.",
      "Nuorten masennus- ja ahdistusoireisiin puututtiin varhain lyhytterapeuttisilla menetelmillä. Koulukuraattorit ja terveydenhoitajat koulutettiin menetelmien käyttöön.",
    ],
  },
  {
    slug: "syrjaytymisvaarassa-olevat-nuoret-oulu", lang: "fi", layout: "table",
    title: "Polku työhön – syrjäytymisvaarassa olevien nuorten työllistymisen tuki",
    coordinator: "Oulun kaupunki", partners: "Oulun seudun ammattiopisto OSAO, Pohjois-Pohjanmaan TE-toimisto",
    area: "Oulu ja Pohjois-Pohjanmaa", funding: "Euroopan sosiaalirahasto (ESR), Pohjois-Pohjanmaan ELY-keskus", period: "2016–2019", budget: "1,2 milj. euroa",
    targetGroups: "Työttömät ja koulutuksen ulkopuolella olevat 16–29-vuotiaat nuoret",
    description: [
      "Polku työhön -hanke tuki nuoria, jotka olivat pudonneet koulutuksen ja työelämän ulkopuolelle. Jokaiselle nuorelle nimettiin oma valmentaja, joka kulki rinnalla työkokeilusta palkkatyöhön.",
      "Hanke ehkäisi nuorten syrjäytymistä yhdistämällä etsivän nuorisotyön, työpajatoiminnan ja yritysyhteistyön. Mukana oli yli 40 paikallista yritystä.",
    ],
  },
  {
    slug: "ikaantyneiden-liikuntaneuvonta", lang: "fi", layout: "strong",
    title: "Voimaa vanhuuteen Jyväskylässä – ikääntyneiden liikuntaneuvonta",
    coordinator: "Jyväskylän kaupunki", partners: "Jyväskylän ammattikorkeakoulu, Ikäinstituutti",
    area: "Keski-Suomi", funding: "Opetus- ja kulttuuriministeriö (OKM)", period: "2018–2020", budget: "210 000 €",
    targetGroups: "Kotona asuvat ikääntyneet, joiden toimintakyky on heikentynyt",
    description: [
      "Hankkeessa rakennettiin ikääntyneille liikuntaneuvonnan palveluketju, jossa terveyskeskus ohjaa asiakkaan liikuntaneuvojalle. Lihasvoima- ja tasapainoharjoittelu vähensi kaatumisia.",
      "Ikäihmisten ryhmäliikuntaa järjestettiin kirjastoissa ja asukastuvilla. Vapaaehtoiset vertaisohjaajat koulutettiin vetämään kuntosaliryhmiä.",
    ],
  },
  {
    slug: "omaishoitajien-jaksaminen", lang: "fi", layout: "headings",
    title: "Omaishoitajien jaksamisen tuki Etelä-Karjalassa",
    coordinator: "Etelä-Karjalan Omaishoitajat ry", partners: "Eksote",
    area: "Etelä-Karjala", funding: "STEA", period: "2019–2022", budget: "320 000 euroa",
    targetGroups: "Omaishoitajat ja hoidettavat",
    description: [
      "Omaishoitajat kokevat usein uupumusta ja yksinäisyyttä. Hanke järjesti vertaisryhmiä, virkistyspäiviä ja henkilökohtaista ohjausta omaishoitajille koko maakunnassa.",
      "Lappeenrannassa ja Imatralla kokeiltiin sijaishoitoa, jonka turvin omaishoitaja sai lakisääteiset vapaapäivänsä.",
    ],
  },
  {
    slug: "maahanmuuttajaperheiden-kotoutuminen", lang: "fi", layout: "lines",
    title: "Perheet kotoutuvat yhdessä – maahanmuuttajaperheiden tuki Vantaalla",
    coordinator: "Vantaan kaupunki", partners: "Suomen Punainen Risti, Vantaan seurakunnat",
    area: "Vantaa, Uusimaa", funding: "Euroopan sosiaalirahasto plus (ESR+) ja Vantaan kaupunki", period: "2023–2026", budget: "900 000 euroa",
    targetGroups: "Maahanmuuttajaperheet, erityisesti äidit ja alle kouluikäiset lapset",
    description: [
      "Hankkeessa tuetaan maahan muuttaneiden perheiden kotoutumista perhekeskuksissa. Äideille järjestetään suomen kielen opetusta, jonka aikana lapsille on lastenhoito.",
      "Neuvolat ja varhaiskasvatus tekevät yhteistyötä kulttuuritulkkien kanssa, jotta perheet löytävät palvelut.",
    ],
  },
  {
    slug: "paihdetyon-kehittaminen-lappi", lang: "fi", layout: "dl",
    title: "Päihdetyön kehittäminen Lapin hyvinvointialueella",
    coordinator: "Lapin hyvinvointialue", partners: "A-klinikkasäätiö, Lapin yliopisto",
    area: "Lappi", funding: "Sosiaali- ja terveysministeriö (STM)", period: "2023–2025", budget: "650 000 euroa",
    targetGroups: "Päihteitä käyttävät aikuiset ja heidän läheisensä, päihdetyön ammattilaiset",
    description: [
      "Hankkeessa kehitetään päihdepalveluja harvaan asutulle alueelle: etävastaanotot, liikkuva päihdeyksikkö ja korvaushoidon saatavuus Rovaniemen ulkopuolella.",
      "Alkoholin ja huumeiden käytön ehkäisyssä hyödynnetään mini-interventiota terveyskeskuksissa.",
    ],
  },
  {
    slug: "lapsiperheiden-kotipalvelu", lang: "fi", layout: "table",
    title: "Kotipalvelu lapsiperheille ilman lastensuojelun asiakkuutta",
    coordinator: "Tampereen kaupunki", partners: "Mannerheimin Lastensuojeluliitto",
    area: "Pirkanmaa", funding: "Kaste-ohjelma", period: "2012–2014", budget: "380 000 euroa",
    targetGroups: "Lapsiperheet, joilla on tilapäinen tuen tarve",
    description: [
      "Hanke palautti lapsiperheiden kotipalvelun ennaltaehkäiseväksi palveluksi. Perhe sai apua arkeen nopeasti esimerkiksi vauvan syntymän, sairauden tai uupumuksen vuoksi.",
      "Kotipalvelun avulla lastensuojeluilmoitukset vähenivät kokeilualueella.",
    ],
  },
  {
    slug: "digitaaliset-sotepalvelut-kainuu", lang: "fi", layout: "strong",
    title: "Etäpalvelut arkeen – digitaaliset sote-palvelut Kainuussa",
    coordinator: "Kainuun hyvinvointialue", partners: "Kajaanin ammattikorkeakoulu",
    area: "Kainuu", funding: "Euroopan aluekehitysrahasto (EAKR)", period: "2020–2022", budget: "1 450 000 euroa",
    targetGroups: "Harvaan asuttujen alueiden asukkaat ja sote-ammattilaiset",
    description: [
      "Hankkeessa otettiin käyttöön videovastaanotot, sähköinen ajanvaraus ja kotona tehtävät mittaukset. Pitkät välimatkat eivät enää estä palvelujen saamista.",
      "Henkilöstölle järjestettiin koulutusta digitaalisten palvelujen käyttöön.",
    ],
  },
  {
    slug: "koululaisten-liikunta-seinajoki", lang: "fi", layout: "headings",
    title: "Liikkuva koulupäivä Seinäjoella",
    coordinator: "Seinäjoen kaupunki", partners: "Seinäjoen ammattikorkeakoulu SeAMK",
    area: "Etelä-Pohjanmaa", funding: "Opetus- ja kulttuuriministeriö ja Seinäjoen kaupunki", period: "2015–2017",
    targetGroups: "Alakoululaiset ja yläkoululaiset, opettajat",
    description: [
      "Liikkuva koulupäivä lisäsi oppilaiden päivittäistä liikuntaa välituntiliikunnalla, toiminnallisilla oppitunneilla ja koulumatkaliikunnalla.",
      "Koululaisten istumista vähennettiin, ja oppilaat osallistuivat itse välituntitoiminnan suunnitteluun.",
    ],
  },
  {
    slug: "ravitsemus-varhaiskasvatuksessa", lang: "fi", layout: "lines",
    title: "Maistuva päiväkoti – ravitsemuskasvatus varhaiskasvatuksessa",
    coordinator: "Turun ammattikorkeakoulu", partners: "Turun kaupunki, Raision kaupunki",
    area: "Varsinais-Suomi", funding: "Suomen Kulttuurirahasto", period: "2017–2018", budget: "95 000 euroa",
    targetGroups: "Päiväkoti-ikäiset lapset, lapsiperheet ja varhaiskasvatuksen henkilöstö",
    description: [
      "Hankkeessa kehitettiin aistilähtöistä ruokakasvatusta päiväkoteihin. Lapset tutustuivat kasviksiin maistellen, haistellen ja kokaten.",
      "Vanhemmille tarjottiin vinkkejä terveelliseen ruokavalioon ja yhteisiin perheaterioihin.",
    ],
  },
  {
    slug: "tyottomien-terveystarkastukset", lang: "fi", layout: "dl",
    title: "Työttömien terveystarkastukset osaksi peruspalveluja",
    coordinator: "Porin perusturvakeskus", partners: "Satakunnan ammattikorkeakoulu",
    area: "Satakunta", funding: "Raha-automaattiyhdistys (RAY)", period: "2010–2013", budget: "260 000 euroa",
    targetGroups: "Pitkäaikaistyöttömät",
    description: [
      "Hanke teki työttömien terveystarkastuksista pysyvän osan terveyskeskuksen palveluja. Tarkastuksissa tunnistettiin hoitamattomia sairauksia ja työkyvyn rajoitteita.",
      "Työttömät ohjattiin tarvittaessa kuntoutukseen tai eläkeselvittelyyn.",
    ],
  },
  {
    slug: "hyvinvointikertomus-kunnissa", lang: "fi", layout: "table",
    title: "Hyvinvointikertomus johtamisen välineeksi Kanta-Hämeen kunnissa",
    coordinator: "Hämeen liitto", partners: "Hämeenlinnan kaupunki, Riihimäen kaupunki, Forssan kaupunki",
    area: "Kanta-Häme", funding: "Terveyden ja hyvinvoinnin laitos (THL)", period: "2014–2016",
    targetGroups: "Kuntien päättäjät, kuntajohto ja hyvinvointikoordinaattorit",
    description: [
      "Hankkeessa kunnat ottivat sähköisen hyvinvointikertomuksen osaksi talousarviota ja strategiatyötä. Hyvinvoinnin johtaminen perustui indikaattoreihin.",
      "Luottamushenkilöille järjestettiin koulutusta hyvinvointitiedon käytöstä päätöksenteossa.",
    ],
  },
  {
    slug: "lahden-osallisuusohjelma", lang: "fi", layout: "strong",
    title: "Osallisuus kuuluu kaikille – Lahden asukasosallisuuden ohjelma",
    coordinator: "Lahden kaupunki", partners: "Lahden Diakonialaitos",
    area: "Päijät-Häme", funding: "Lahden kaupunki", period: "2022–2025",
    targetGroups: "Asukkaat, erityisesti heikommassa asemassa olevat",
    description: [
      "Ohjelma vahvistaa asukkaiden osallisuutta lähiöissä: asukasbudjetointi, lähidemokratiaryhmät ja kokemusasiantuntijat palvelujen kehittämisessä.",
      "Osallistamisen menetelmiä kokeiltiin erityisesti niiden kanssa, jotka eivät tavallisesti osallistu.",
    ],
  },
  {
    slug: "kymenlaakson-mielenterveysstrategia", lang: "fi", layout: "headings",
    title: "Mielenterveysstrategia Kymenlaaksoon",
    coordinator: "Kymenlaakson hyvinvointialue", partners: "Kotkan kaupunki, Kouvolan kaupunki, Mielenterveyden keskusjärjestö MIELI ry",
    area: "Kymenlaakso", funding: "Sosiaali- ja terveysministeriö (STM)", period: "2021–2024", budget: "720 000 euroa",
    targetGroups: "Mielenterveyskuntoutujat, ammattilaiset ja päättäjät",
    description: [
      "Hankkeessa laadittiin alueellinen mielenterveysstrategia ja toimeenpanosuunnitelma. Psykiatrian ja perustason palvelujen yhteistyötä tiivistettiin.",
      "Kokemusasiantuntijat osallistuivat palveluketjujen kuvaamiseen ja arviointiin.",
    ],
  },
  {
    slug: "pohjois-karjalan-perhekeskus", lang: "fi", layout: "lines",
    title: "Perhekeskus Joensuuhun – lapsi- ja perhepalvelujen muutosohjelma",
    coordinator: "Pohjois-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä Siun sote", partners: "Joensuun kaupunki, Itä-Suomen yliopisto",
    area: "Pohjois-Karjala", funding: "STM (LAPE-muutosohjelma)", period: "2017–2018", budget: "540 000 euroa",
    targetGroups: "Lapset, nuoret ja perheet",
    description: [
      "Lapsi- ja perhepalvelujen muutosohjelma kokosi neuvolat, perhetyön, kasvatus- ja perheneuvonnan sekä järjestöjen toiminnan perhekeskukseksi.",
      "Perheiden ei tarvitse enää etsiä oikeaa palvelua, sillä perhekeskus ohjaa ne yhden oven periaatteella.",
    ],
  },
  {
    slug: "etela-savon-vanhuspalvelut", lang: "fi", layout: "dl",
    title: "Kotona kaikissa elämänvaiheissa – vanhuspalvelujen kehittäminen Etelä-Savossa",
    coordinator: "Etelä-Savon hyvinvointialue Eloisa", partners: "Mikkelin kaupunki, Xamk",
    area: "Etelä-Savo", funding: "Sosiaali- ja terveysministeriö", period: "2022–2025", budget: "2,4 milj. euroa",
    targetGroups: "Ikääntyneet ja omaishoitajat",
    description: [
      "Hankkeessa kehitetään ikääntyneiden kotihoitoa, arviointikeskusta ja kuntoutusta niin, että yhä useampi voi asua kotona.",
      "Etäkotihoito ja ennakoiva toimintakyvyn arviointi otettiin käyttöön Mikkelissä ja Savonlinnassa.",
    ],
  },
  {
    slug: "keski-pohjanmaan-nuorisotakuu", lang: "fi", layout: "table",
    title: "Ohjaamo Kokkola – nuorten yhden luukun palvelupiste",
    coordinator: "Kokkolan kaupunki", partners: "Keski-Pohjanmaan koulutusyhtymä Kpedu, Kela",
    area: "Keski-Pohjanmaa", funding: "Euroopan sosiaalirahasto (ESR)", period: "2015–2018", budget: "610 000 euroa",
    targetGroups: "Alle 30-vuotiaat nuoret",
    description: [
      "Ohjaamo kokosi nuorten palvelut samaan paikkaan: työ- ja koulutusneuvonta, sosiaaliohjaus, mielenterveystuki ja Kelan palvelut.",
      "Nuorisotakuun toteutumista seurattiin yhdessä TE-toimiston kanssa.",
    ],
  },
  {
    slug: "vammaisten-tyollistyminen", lang: "fi", layout: "strong",
    title: "Töihin! – kehitysvammaisten henkilöiden palkkatyön tuki",
    coordinator: "Kehitysvammaliitto", partners: "Helsingin kaupunki, Espoon kaupunki",
    area: "pääkaupunkiseutu", funding: "STEA ja Euroopan sosiaalirahasto", period: "2014–2017", budget: "800 000 euroa",
    targetGroups: "Kehitysvammaiset aikuiset ja työnantajat",
    description: [
      "Hankkeessa tuettiin kehitysvammaisia henkilöitä avoimille työmarkkinoille työhönvalmennuksen avulla. Työtoiminnasta siirryttiin palkkatyöhön.",
      "Työnantajille tarjottiin tietoa työn muokkauksesta ja palkkatuesta.",
    ],
  },
  {
    slug: "kansallinen-itsemurhien-ehkaisy", lang: "fi", layout: "headings",
    title: "Itsemurhien ehkäisyn kansallinen ohjelma – toimeenpano kunnissa",
    coordinator: "Terveyden ja hyvinvoinnin laitos", partners: "MIELI Suomen Mielenterveys ry, Suomen Kuntaliitto",
    area: "Valtakunnallinen, koko Suomi", funding: "Sosiaali- ja terveysministeriö (STM)", period: "2020–2030",
    targetGroups: "Kunnat, sote-ammattilaiset ja kriisityöntekijät",
    description: [
      "Ohjelma tukee kuntia itsemurhien ehkäisyssä: mielenterveyden ensiapu, itsemurhavaarassa olevan tunnistaminen ja läheisten tuki.",
      "Mielenterveysstrategiaan kytkeytyvä ohjelma kouluttaa sote-ammattilaisia ja opettajia ympäri Suomen.",
    ],
  },
  {
    slug: "ahvenanmaan-hyvinvointi", lang: "sv", layout: "dl",
    title: "Hälsa i skärgården – välfärd för äldre på Åland",
    coordinator: "Ålands hälso- och sjukvård", partners: "Ålands landskapsregering, Ålands kommunförbund",
    area: "Åland", funding: "Europeiska regionala utvecklingsfonden (Interreg Central Baltic)", period: "2019–2022", budget: "700 000 euro",
    targetGroups: "Äldre i skärgården och närståendevårdare",
    description: [
      "Projektet utvecklade hemvård och distanstjänster för äldre som bor i skärgårdskommuner. Sjuksköterskor besökte öarna med en mobil mottagning.",
      "Äldre fick hjälp med digitala tjänster och videosamtal med läkare.",
    ],
  },
  {
    slug: "ungdomars-psykiska-halsa-vasa", lang: "sv", layout: "table",
    title: "Ung i Vasa – ungdomars psykiska hälsa",
    coordinator: "Vasa stad", partners: "Yrkeshögskolan Novia, Ungdomsföreningen",
    area: "Österbotten", funding: "Svenska kulturfonden och STEA", period: "2021–2023", budget: "260 000 euro",
    targetGroups: "Unga mellan 13 och 20 år",
    description: [
      "Projektet erbjöd unga samtalsstöd på svenska i skolor och på fritidsgårdar. Unga som mår psykiskt dåligt ska få hjälp tidigt.",
      "Skolkuratorer och ungdomsarbetare utbildades i metoder för att förebygga ångest och depression.",
    ],
  },
  {
    slug: "nyland-narstaendevard", lang: "sv", layout: "lines",
    title: "Stöd för närståendevårdare i Östra Nyland",
    coordinator: "Borgå stad", partners: "Lovisa stad, Folkhälsan",
    area: "Östra Nyland", funding: "Penningautomatföreningen (RAY)", period: "2011–2014", budget: "190 000 euro",
    targetGroups: "Närståendevårdare och deras anhöriga",
    description: [
      "Projektet ordnade kamratstödsgrupper, rekreationsdagar och avlösning för närståendevårdare på svenska och finska.",
      "Vårdarnas ork och välmående följdes upp med en enkät under tre år.",
    ],
  },
  {
    slug: "integration-osterbotten", lang: "sv", layout: "strong",
    title: "Integration genom arbete i Österbotten",
    coordinator: "Jakobstads stad", partners: "Yrkesakademin i Österbotten, Kronoby kommun",
    area: "Österbotten (Jakobstadsregionen)", funding: "Europeiska socialfonden (ESF)", period: "2016–2019", budget: "540 000 euro",
    targetGroups: "Invandrare, särskilt kvinnor utanför arbetslivet",
    description: [
      "Projektet hjälpte invandrare att hitta arbete genom språkundervisning på arbetsplatser och mentorer från lokala företag.",
      "Sysselsättning och delaktighet i samhället ökade bland deltagarna.",
    ],
  },
  {
    slug: "barnfamiljer-abo", lang: "sv", layout: "headings",
    title: "Familjecentret i Åbo – tidigt stöd för barnfamiljer",
    coordinator: "Åbo stad", partners: "Åbo Akademi",
    area: "Egentliga Finland", funding: "Social- och hälsovårdsministeriet", period: "2018–2019",
    targetGroups: "Barnfamiljer och blivande föräldrar",
    description: [
      "Familjecentret samlade rådgivning, familjearbete och öppen dagverksamhet för svenskspråkiga familjer i Åbo.",
      "Föräldrar fick stöd i föräldraskapet och barnen en trygg start.",
    ],
  },
  {
    slug: "digital-inclusion-older-people", lang: "en", layout: "dl",
    title: "Digital inclusion for older people in Tampere",
    coordinator: "Tampere University of Applied Sciences", partners: "City of Tampere, Finnish Association for the Welfare of Older People",
    area: "Pirkanmaa", funding: "Erasmus+", period: "2020–2023", budget: "400 000 euros",
    targetGroups: "Older people and digital support volunteers",
    description: [
      "The project trained volunteers to help older people use digital health services, video calls and online banking.",
      "Digital support points were opened in libraries and service centres across Tampere.",
    ],
  },
  {
    slug: "youth-employment-north", lang: "en", layout: "table",
    title: "Northern Youth Employment Pathways",
    coordinator: "Lapland University of Applied Sciences", partners: "Municipality of Tornio, Luleå University of Technology",
    area: "Lapland", funding: "Interreg Aurora", period: "2023–2026", budget: "1.8 million euros",
    targetGroups: "Young people not in employment, education or training",
    description: [
      "Cross-border cooperation between Finland and Sweden supports young people in the Tornio valley to find work and education.",
      "Youth workers share methods for outreach work and early support for young people at risk of social exclusion.",
    ],
  },
  {
    slug: "kouvolan-paihdetyo", lang: "fi", layout: "strong",
    title: "Nuorten päihteiden käytön ehkäisy Kouvolassa",
    coordinator: "Kouvolan kaupunki", partners: "EHYT ry",
    area: "Kouvola (Kymenlaakso)", funding: "Terveyden ja hyvinvoinnin laitos", period: "2013–2015",
    targetGroups: "Yläkoululaiset, vanhemmat ja nuorisotyöntekijät",
    description: [
      "Hankkeessa ehkäistiin nuorten alkoholin, tupakan ja nuuskan käyttöä. Kouluissa toteutettiin päihdekasvatusta ja vanhempainiltoja.",
      "Ehkäisevän päihdetyön toimintamalli jäi pysyväksi osaksi nuorisopalveluja.",
    ],
  },
  {
    slug: "hyvinvoiva-tyoyhteiso-sote", lang: "fi", layout: "headings",
    title: "Hyvinvoiva työyhteisö – sote-henkilöstön työhyvinvointi",
    coordinator: "Työterveyslaitos", partners: "Varsinais-Suomen hyvinvointialue, Pirkanmaan hyvinvointialue",
    area: "Varsinais-Suomi ja Pirkanmaa", funding: "Työsuojelurahasto", period: "2022–2024", budget: "350 000 euroa",
    targetGroups: "Sosiaali- ja terveysalan työntekijät ja esihenkilöt",
    description: [
      "Hankkeessa kehitettiin sote-alan työyhteisöille menetelmiä kuormituksen hallintaan ja työvuorosuunnitteluun.",
      "Esihenkilöiden valmentaminen paransi henkilöstön työhyvinvointia ja vähensi sairauspoissaoloja.",
    ],
  },
  {
    slug: "asunnottomuuden-ehkaisy", lang: "fi", layout: "lines",
    title: "Asunto ensin – asunnottomuuden ehkäisy Turussa",
    coordinator: "Turun kaupunki", partners: "Y-Säätiö, Turun Seudun Vuokra-asunnot",
    area: "Turku, Varsinais-Suomi", funding: "Ympäristöministeriö ja STEA", period: "2016–2019",
    targetGroups: "Asunnottomuusuhan alla olevat aikuiset ja nuoret",
    description: [
      "Hanke vähensi asunnottomuutta Asunto ensin -periaatteella: ensin asunto, sitten tuki päihde- ja mielenterveysongelmiin.",
      "Asumisneuvonta ehkäisi häätöjä ja vuokravelkojen kertymistä.",
    ],
  },
  {
    slug: "rovaniemen-lapsiperheet", lang: "fi", layout: "dl",
    title: "Vanhemmuuden tuki Rovaniemellä – vertaisryhmät lapsiperheille",
    coordinator: "Rovaniemen seurakunta", partners: "Rovaniemen kaupunki, Lapin ammattikorkeakoulu",
    area: "Rovaniemi, Lappi", funding: "STEA", period: "2017–2020", budget: "230 000 euroa",
    targetGroups: "Lapsiperheet, erityisesti yksinhuoltajat",
    description: [
      "Vertaisryhmät tukivat vanhempia arjen haasteissa. Lapsille järjestettiin samaan aikaan omaa ohjelmaa.",
      "Yksinhuoltajien jaksaminen ja verkostot vahvistuivat.",
    ],
  },
  {
    slug: "kuopion-sydanterveys", lang: "fi", layout: "table",
    title: "Sydänterveys työikäisille – riskien tunnistaminen työterveyshuollossa",
    coordinator: "Itä-Suomen yliopisto", partners: "Kuopion yliopistollinen sairaala, Sydänliitto",
    area: "Pohjois-Savossa Kuopio ja Siilinjärvi", funding: "Business Finland", period: "2019–2021", budget: "1,1 miljoonaa euroa",
    targetGroups: "Työikäiset ja työterveyshuollon ammattilaiset",
    description: [
      "Hankkeessa kehitettiin digitaalinen riskilaskuri sydän- ja verisuonitautien tunnistamiseen työterveystarkastuksissa.",
      "Terveyden edistäminen kohdistettiin liikuntaan, ravitsemukseen ja tupakoinnin lopettamiseen.",
    ],
  },
  {
    slug: "espoon-ikaihmisten-yksinaisyys", lang: "fi", layout: "strong",
    title: "Ei yksin – ikäihmisten yksinäisyyden vähentäminen Espoossa",
    coordinator: "Espoon kaupunki", partners: "Vanhustyön keskusliitto, Laurea-ammattikorkeakoulu",
    area: "Espoo", funding: "STEA", period: "2024–2027", budget: "420 000 euroa",
    targetGroups: "Yksinäiset ikääntyneet ja vapaaehtoiset",
    description: [
      "Hankkeessa tunnistetaan yksinäiset ikäihmiset kotihoidon ja kirjastojen kautta ja ohjataan heidät ryhmiin ja ystävätoimintaan.",
      "Vapaaehtoiset ystävät tapaavat vanhuksia kotona ja puhelimitse.",
    ],
  },
  {
    slug: "helsingin-nuorisotyo-digitaalinen", lang: "fi", layout: "headings",
    title: "Digitaalinen nuorisotyö Helsingissä",
    coordinator: "Helsingin kaupungin nuorisopalvelut", partners: "Verke",
    area: "Helsinki", funding: "Opetus- ja kulttuuriministeriö (OKM)", period: "2019–2021",
    targetGroups: "12–17-vuotiaat nuoret ja nuorisotyöntekijät",
    description: [
      "Nuorisotyö jalkautui verkkoon: pelit, Discord-palvelimet ja livestriimit tavoittivat nuoria, jotka eivät käy nuorisotaloilla.",
      "Nuorisotyöntekijöille laadittiin digitaalisen nuorisotyön opas.",
    ],
  },
  {
    slug: "pirkanmaan-perhevakivalta", lang: "fi", layout: "lines",
    title: "Lähisuhdeväkivallan ehkäisy Pirkanmaalla",
    coordinator: "Pirkanmaan hyvinvointialue", partners: "Tampereen Ensi- ja turvakoti ry, Poliisi",
    area: "Pirkanmaa", funding: "Sosiaali- ja terveysministeriö", period: "2023–2025", budget: "380 000 euroa",
    targetGroups: "Perheet, väkivaltaa kokeneet ja sosiaali- ja terveysalan ammattilaiset",
    description: [
      "Hankkeessa otetaan käyttöön lähisuhdeväkivallan riskinarviointi (MARAK) ja koulutetaan ammattilaiset puheeksiottoon.",
      "Lapsiperheiden turvallisuutta parannetaan yhteistyöllä poliisin ja lastensuojelun kanssa.",
    ],
  },
  {
    slug: "savonlinnan-liikkuva-kirjasto", lang: "fi", layout: "dl",
    title: "Liikkuva hyvinvointiauto – terveyspalvelut kyliin",
    coordinator: "Savonlinnan kaupunki", partners: "Etelä-Savon hyvinvointialue",
    area: "Savonlinna ja Etelä-Savon maaseutu", funding: "Leader Etelä-Savo ja maaseuturahasto", period: "2018–2019", budget: "140 000 euroa",
    targetGroups: "Haja-asutusalueiden asukkaat ja ikääntyneet",
    description: [
      "Hyvinvointiauto kiersi kylissä tarjoten verenpaineen mittausta, rokotuksia ja palveluneuvontaa.",
      "Kyläyhdistykset osallistuivat reittien suunnitteluun.",
    ],
  },
  {
    slug: "oppilaitosten-mielenterveystaidot", lang: "fi", layout: "table",
    title: "Mielenterveystaidot opiskelijoille ammatillisessa koulutuksessa",
    coordinator: "Jyväskylän koulutuskuntayhtymä Gradia", partners: "Keski-Suomen hyvinvointialue",
    area: "Keski-Suomi", funding: "Opetushallitus", period: "2021–2023", budget: "290 000 euroa",
    targetGroups: "Ammatillisten oppilaitosten opiskelijat ja opettajat",
    description: [
      "Opiskelijoille opetettiin mielenterveystaitoja osana opintoja: stressinhallintaa, unta ja tunnetaitoja.",
      "Opiskeluhuolto ja opettajat saivat koulutusta ahdistuneen opiskelijan kohtaamiseen.",
    ],
  },
  {
    slug: "pohjois-pohjanmaan-maakuntaohjelma-hyvinvointi", lang: "fi", layout: "strong",
    title: "Hyvinvointia yhdessä – Pohjois-Pohjanmaan hyvinvointiverkosto",
    coordinator: "Pohjois-Pohjanmaan liitto", partners: "Oulun yliopisto, Oulun ammattikorkeakoulu",
    area: "Pohjois-Pohjanmaa", funding: "70 % Euroopan aluekehitysrahasto (EAKR), 30 % Pohjois-Pohjanmaan liitto", period: "2012–2014", budget: "560 000 euroa",
    targetGroups: "Kunnat, järjestöt ja yritykset",
    description: [
      "Verkosto kokosi maakunnan kunnat, järjestöt ja yritykset edistämään hyvinvointia ja terveyttä yhteisten tavoitteiden avulla.",
      "Kuntien hyvinvointityöryhmät saivat tukea hyvinvointisuunnitelman laadintaan.",
    ],
  },
  {
    slug: "lappeenrannan-kotouttaminen", lang: "fi", layout: "headings",
    title: "Kielitaito töihin – kotoutuminen Lappeenrannassa",
    coordinator: "Lappeenrannan kaupunki", partners: "LAB-ammattikorkeakoulu, Saimaan ammattiopisto Sampo",
    area: "Lappeenranta", funding: "Euroopan sosiaalirahasto plus (ESR+)", period: "2024–2026", budget: "750 000 euroa",
    targetGroups: "Maahanmuuttajat ja työnantajat",
    description: [
      "Hanke yhdistää suomen kielen opetuksen ja työpaikalla oppimisen. Maahanmuuttajat harjoittelevat kieltä oikeissa työtehtävissä.",
      "Työnantajat saavat tukea selkokielen käyttöön ja perehdytykseen.",
    ],
  },
  {
    slug: "kajaanin-liikuntaneuvonta-tyottomat", lang: "fi", layout: "lines",
    title: "Liikkeelle! – työttömien liikuntaneuvonta Kajaanissa",
    coordinator: "Kajaanin kaupunki", partners: "Kainuun Liikunta ry",
    area: "Kajaani, Kainuu", funding: "Opetus- ja kulttuuriministeriö", period: "2014–2015", budget: "60 000 euroa",
    targetGroups: "Työttömät ja kuntouttavassa työtoiminnassa olevat",
    description: [
      "Työttömille tarjottiin maksuttomia liikuntaryhmiä ja henkilökohtaista liikuntaneuvontaa.",
      "Liikkuminen paransi osallistujien työkykyä ja arjen rytmiä.",
    ],
  },
  {
    slug: "hameenlinnan-muistisairaat", lang: "fi", layout: "dl",
    title: "Muistiystävällinen Hämeenlinna",
    coordinator: "Hämeenlinnan kaupunki", partners: "Hämeen Muistiyhdistys, Hämeen ammattikorkeakoulu HAMK",
    area: "Hämeenlinna ja Kanta-Häme", funding: "STEA", period: "2016–2018", budget: "210 000 euroa",
    targetGroups: "Muistisairaat, heidän omaisensa ja kaupan alan työntekijät",
    description: [
      "Hankkeessa koulutettiin kauppojen, pankkien ja joukkoliikenteen henkilöstöä kohtaamaan muistisairaita asiakkaita.",
      "Muistisairaiden ja omaishoitajien osallisuus kaupunkiympäristössä vahvistui.",
    ],
  },
  {
    slug: "raahen-seudun-perheneuvola", lang: "fi", layout: "table",
    title: "Perheneuvolan etäpalvelut Raahen seudulla",
    coordinator: "Raahen kaupunki", partners: "Siikajoen kunta, Pyhäjoen kunta",
    area: "Raahen seutu, Pohjois-Pohjanmaa", funding: "Kela", period: "2020–2021",
    targetGroups: "Lapsiperheet",
    description: [
      "Perheneuvolan psykologit ja sosiaalityöntekijät tarjosivat videoyhteydellä tukea perheille, joilla on pitkä matka palveluihin.",
      "Etävastaanotot lyhensivät jonoja ja lisäsivät perheiden tyytyväisyyttä.",
    ],
  },
  {
    slug: "vaasan-opiskelijaterveys", lang: "fi", layout: "strong",
    title: "Opiskelijoiden hyvinvointi Vaasassa",
    coordinator: "Vaasan ammattikorkeakoulu", partners: "Vaasan yliopisto, Yrkeshögskolan Novia, YTHS",
    area: "Vaasa, Pohjanmaa", funding: "Opetus- ja kulttuuriministeriö (OKM)", period: "2021–2022",
    targetGroups: "Korkeakouluopiskelijat",
    description: [
      "Hankkeessa kartoitettiin opiskelijoiden yksinäisyyttä ja mielenterveyttä koronapandemian aikana ja perustettiin vertaistukiryhmiä.",
      "Opiskelijat ideoivat itse yhteisöllisyyttä lisääviä tapahtumia.",
    ],
  },
  {
    slug: "keski-suomen-sote-integraatio", lang: "fi", layout: "headings",
    title: "Sote-integraatio Keski-Suomessa – palveluketjut kuntoon",
    coordinator: "Keski-Suomen sairaanhoitopiiri", partners: "Jyväskylän kaupunki, Äänekosken kaupunki",
    area: "Keski-Suomi", funding: "Kaste-ohjelma", period: "2013–2016", budget: "1,6 milj. euroa",
    targetGroups: "Paljon palveluja käyttävät asiakkaat ja sote-ammattilaiset",
    description: [
      "Hankkeessa yhdistettiin sosiaali- ja terveyspalvelut asiakkaan ympärille: yhteiset asiakassuunnitelmat ja palveluohjaus.",
      "Paljon palveluja tarvitsevat tunnistettiin ja heille nimettiin vastuutyöntekijä.",
    ],
  },
  {
    slug: "porin-nuorten-paihdetyo", lang: "fi", layout: "lines",
    title: "Nuorten päihdepalvelut Porissa",
    coordinator: "Porin kaupunki", partners: "Satakunnan sairaanhoitopiiri, Porin A-kilta",
    area: "Pori, Satakunta", funding: "Sosiaali- ja terveysministeriö (STM)", period: "2008–2010",
    targetGroups: "Päihteitä kokeilevat ja käyttävät nuoret sekä heidän perheensä",
    description: [
      "Nuorille perustettiin oma päihdepoliklinikka, jonne pääsi ilman lähetettä. Huumeiden käytön varhainen tunnistaminen tehostui.",
      "Perheitä tuettiin perheterapialla ja vertaisryhmillä.",
    ],
  },
  {
    slug: "etela-pohjanmaan-kylat", lang: "fi", layout: "dl",
    title: "Elinvoimaiset kylät – ikääntyvien asuminen Etelä-Pohjanmaalla",
    coordinator: "Seinäjoen ammattikorkeakoulu", partners: "Kuortaneen kunta, Alavuden kaupunki",
    area: "Etelä-Pohjanmaan maaseutu", funding: "Manner-Suomen maaseudun kehittämisohjelma (maaseuturahasto)", period: "2016–2018", budget: "300 000 euroa",
    targetGroups: "Ikääntyneet maaseudulla ja kyläyhdistykset",
    description: [
      "Hankkeessa kehitettiin kyliin yhteisöllisiä asumisratkaisuja, kyläavustajia ja kimppakyytejä, jotta ikääntyvät voivat asua kotikylässään.",
      "Ikäystävällinen kylä -malli levisi kahteentoista kylään.",
    ],
  },
  {
    slug: "kotkan-ruokaapu", lang: "fi", layout: "table",
    title: "Yhteinen pöytä – ruoka-apu ja yhteisöllinen ruokailu Kotkassa",
    coordinator: "Kotkan seurakuntayhtymä", partners: "Kotkan kaupunki, paikalliset kaupat",
    area: "Kotka", funding: "Euroopan vähävaraisimmille suunnattu apu (FEAD) ja Kotkan kaupunki", period: "2019–2021",
    targetGroups: "Pienituloiset, työttömät ja yksinäiset",
    description: [
      "Ruoka-apu muutettiin jonoista yhteisölliseksi ruokailuksi. Ylijäämäruoka kerättiin kaupoista ja siitä valmistettiin yhteisiä aterioita.",
      "Ruokailuihin yhdistettiin palveluneuvontaa ja vertaistukea.",
    ],
  },
  {
    slug: "mikkelin-lastensuojelu", lang: "fi", layout: "strong",
    title: "Systeeminen lastensuojelu Mikkelissä",
    coordinator: "Mikkelin kaupunki", partners: "Itä-Suomen lasten ja nuorten osaamiskeskus",
    area: "Mikkeli", funding: "STM", period: "2019–2021", budget: "280 000 euroa",
    targetGroups: "Lastensuojelun asiakasperheet ja sosiaalityöntekijät",
    description: [
      "Systeeminen toimintamalli toi lastensuojeluun tiimityön, perheterapeutit ja yhteisen vastuun asiakasperheistä.",
      "Sosiaalityöntekijöiden vaihtuvuus väheni ja perheet kokivat tulleensa kuulluiksi.",
    ],
  },
  {
    slug: "joensuun-yhdenvertaisuus", lang: "fi", layout: "headings",
    title: "Yhdenvertainen Joensuu – romanien terveys ja hyvinvointi",
    coordinator: "Joensuun kaupunki", partners: "Romano Missio ry, Karelia-ammattikorkeakoulu",
    area: "Joensuu, Pohjois-Karjala", funding: "STEA", period: "2015–2017",
    targetGroups: "Romanit ja sote-ammattilaiset",
    description: [
      "Hankkeessa edistettiin romanien yhdenvertaista pääsyä terveyspalveluihin. Terveysneuvontaa annettiin kulttuurisensitiivisesti.",
      "Sote-ammattilaisille järjestettiin koulutusta romanikulttuurista ja syrjinnän ehkäisystä.",
    ],
  },
  {
    slug: "pietarsaaren-kaksikielinen-neuvola", lang: "fi", layout: "lines",
    title: "Kaksikielinen neuvola Pietarsaaressa",
    coordinator: "Pietarsaaren sosiaali- ja terveysvirasto", partners: "Folkhälsan",
    area: "Pietarsaari, Pohjanmaa", funding: "Svenska kulturfonden", period: "2012–2013",
    targetGroups: "Lapsiperheet ja odottavat vanhemmat",
    description: [
      "Neuvolan palvelut kehitettiin toimimaan sujuvasti suomeksi ja ruotsiksi. Perhevalmennus järjestettiin kaksikielisenä.",
      "Vanhemmat saivat tietoa lapsen kielenkehityksestä kaksikielisessä perheessä.",
    ],
  },
  {
    slug: "lahden-tyohyvinvointi-yrittajat", lang: "fi", layout: "dl",
    title: "Yrittäjän jaksaminen – pienyrittäjien työhyvinvointi Päijät-Hämeessä",
    coordinator: "LAB-ammattikorkeakoulu", partners: "Päijät-Hämeen Yrittäjät",
    area: "Päijät-Hämeessä", funding: "Euroopan sosiaalirahasto (ESR)", period: "2018–2020", budget: "330 000 euroa",
    targetGroups: "Yksinyrittäjät ja pienyrittäjät",
    description: [
      "Yrittäjille järjestettiin työhyvinvointivalmennusta, vertaisryhmiä ja terveystarkastuksia. Uupumuksen riskiä vähennettiin ajoissa.",
      "Mukana oli yrittäjiä kaupan, rakentamisen ja hyvinvointialan toimialoilta.",
    ],
  },
  {
    slug: "tornion-rajaseudun-terveys", lang: "fi", layout: "table",
    title: "Rajaton terveys – yhteiset terveyspalvelut Torniossa ja Haaparannalla",
    coordinator: "Länsi-Pohjan sairaanhoitopiiri", partners: "Haaparannan kunta, Tornion kaupunki",
    area: "Tornio, Lappi", funding: "Interreg Pohjoinen", period: "2011–2013", budget: "900 000 euroa",
    targetGroups: "Rajaseudun asukkaat",
    description: [
      "Hankkeessa sovittiin, miten Tornion ja Haaparannan asukkaat voivat käyttää rajan toisen puolen terveyspalveluja.",
      "Ensihoito ja synnytyspalvelut järjestettiin yhteistyössä.",
    ],
  },
  {
    slug: "kuntien-hyte-koordinaatio", lang: "fi", layout: "strong",
    title: "Hyte-koordinaattorit kuntiin – terveyden ja hyvinvoinnin edistämisen rakenteet",
    coordinator: "Suomen Kuntaliitto", partners: "Terveyden ja hyvinvoinnin laitos, SOSTE",
    area: "Koko Suomi", funding: "Sosiaali- ja terveysministeriö (STM)", period: "2021–2023",
    targetGroups: "Kunnat, hyte-koordinaattorit ja päättäjät",
    description: [
      "Hanke tuki kuntia, kun sote-palvelut siirtyivät hyvinvointialueille: kuntiin vakiinnutettiin hyvinvoinnin ja terveyden edistämisen koordinaatio.",
      "Kuntien ja hyvinvointialueiden yhteistyöstä laadittiin valtakunnallinen malli.",
    ],
  },
  {
    slug: "innovaatioita-vanhustyohon", lang: "fi", layout: "headings",
    title: "Robotiikka vanhustyössä – teknologian kokeilut hoivakodeissa",
    coordinator: "Satakunnan ammattikorkeakoulu", partners: "Rauman kaupunki, teknologiayritykset",
    area: "Satakunta", funding: "Tekes", period: "2015–2017", budget: "750 000 euroa",
    targetGroups: "Hoivakotien asukkaat ja hoitohenkilöstö, yritykset",
    description: [
      "Hoivakodeissa kokeiltiin sosiaalisia robotteja, lääkeautomaatteja ja liiketunnistimia. Teknologia vapautti hoitajien aikaa kohtaamiseen.",
      "Yritykset saivat palautetta tuotteidensa kehittämiseen suoraan käyttäjiltä.",
    ],
  },
  {
    slug: "sitra-ennaltaehkaisy", lang: "fi", layout: "lines",
    title: "Elinvoimaa ennaltaehkäisystä – kuntakokeilut",
    coordinator: "Sitra", partners: "Hämeenlinnan kaupunki, Salon kaupunki, Kainuun sote",
    area: "Kanta-Häme, Varsinais-Suomi ja Kainuu", funding: "Sitra", period: "2009–2012",
    targetGroups: "Kunnat ja päättäjät",
    description: [
      "Kokeiluissa kunnat siirsivät painopistettä korjaavista palveluista ennaltaehkäisyyn ja laskivat investointien vaikutuksia.",
      "Päättäjät saivat työkaluja ennaltaehkäisyn taloudellisten hyötyjen arviointiin.",
    ],
  },
  {
    slug: "kelan-kuntoutus-nuoret", lang: "fi", layout: "dl",
    title: "Nuotti-valmennus – nuorten aikuisten kuntoutus",
    coordinator: "Kela", partners: "Kuntoutussäätiö",
    area: "valtakunnallisesti", funding: "Kela", period: "2016–2018",
    targetGroups: "16–29-vuotiaat nuoret aikuiset, joilla on haasteita opiskelussa tai työllistymisessä",
    description: [
      "Valmennus tuki nuoria aikuisia elämänhallinnassa, opiskelussa ja työllistymisessä. Valmentaja tapasi nuorta viikoittain.",
      "Arvioinnin mukaan kaksi kolmesta nuoresta eteni opintoihin tai työhön.",
    ],
  },
  {
    slug: "ita-uudenmaan-ikaihmiset", lang: "fi", layout: "table",
    title: "Ikäihmisten palveluohjaus Itä-Uudellamaalla",
    coordinator: "Porvoon kaupunki", partners: "Loviisan kaupunki, Sipoon kunta",
    area: "Itä-Uusimaa", funding: "Sosiaali- ja terveysministeriö", period: "2017–2019", budget: "340 000 euroa",
    targetGroups: "Ikääntyneet ja heidän omaisensa",
    description: [
      "Ikäihmisille perustettiin kaksikielinen palveluohjauksen keskus, joka neuvoo puhelimitse ja kotikäynneillä.",
      "Ennaltaehkäisevät kotikäynnit tavoittivat 75 vuotta täyttäneet.",
    ],
  },
  {
    slug: "turun-lasten-liikunta", lang: "fi", layout: "strong",
    title: "Harrastamisen Suomen malli Turussa",
    coordinator: "Turun kaupunki", partners: "Turun urheiluseurat, koulut",
    area: "Turku", funding: "Opetus- ja kulttuuriministeriö (OKM)", period: "2022–2025",
    targetGroups: "Peruskoululaiset lapset ja nuoret",
    description: [
      "Koulupäivän yhteyteen järjestetään maksuttomia harrastuksia lasten ja nuorten toiveiden mukaan: liikuntaa, musiikkia ja kädentaitoja.",
      "Tavoitteena on, että jokaisella lapsella on mieluinen harrastus perheen tuloista riippumatta.",
    ],
  },
  {
    slug: "vantaan-nuorten-tyopajat", lang: "fi", layout: "headings",
    title: "Työpajasta eteenpäin – nuorten työpajatoiminta Vantaalla",
    coordinator: "Vantaan kaupunki", partners: "Vantaan ammattiopisto Varia",
    area: "Vantaa", funding: "Euroopan sosiaalirahasto (ESR)", period: "2008–2011",
    targetGroups: "Koulutuksen ulkopuolella olevat nuoret",
    description: [
      "Työpajat tarjosivat nuorille käytännön työtä puusepän-, kahvila- ja mediapajoissa sekä tukea ammatillisiin opintoihin hakeutumiseen.",
      "Nuorten itsetunto ja arjenhallinta vahvistuivat.",
    ],
  },
  {
    slug: "pohjois-savon-maahanmuuttajat-terveys", lang: "fi", layout: "lines",
    title: "Terveysneuvontaa omalla kielellä – maahanmuuttajien terveyden edistäminen Pohjois-Savossa",
    coordinator: "Savonia-ammattikorkeakoulu", partners: "Kuopion kaupunki, Iisalmen kaupunki",
    area: "Pohjois-Savo", funding: "Euroopan sosiaalirahasto (ESR)", period: "2014–2016",
    targetGroups: "Maahanmuuttajat ja terveydenhuollon henkilöstö",
    description: [
      "Hanke koulutti maahanmuuttajataustaisia terveyslähettiläitä, jotka antoivat terveysneuvontaa omalla kielellään.",
      "Terveydenhuollon henkilöstö sai koulutusta tulkin käytöstä.",
    ],
  },
  {
    slug: "kokkolan-ikaantyneiden-ravitsemus", lang: "fi", layout: "dl",
    title: "Hyvä ruoka, parempi vanhuus – ikääntyneiden ravitsemus Kokkolassa",
    coordinator: "Centria-ammattikorkeakoulu", partners: "Kokkolan kaupunki, Soite",
    area: "Kokkola, Keski-Pohjanmaa", funding: "Suomen Kulttuurirahasto", period: "2023–2024", budget: "85 000 euroa",
    targetGroups: "Kotona asuvat ikääntyneet",
    description: [
      "Ikääntyneiden virheravitsemus tunnistettiin kotihoidon käynneillä ja ateriapalvelun ruokalistat uudistettiin.",
      "Ravitsemusterapeutti koulutti kotihoidon henkilöstöä.",
    ],
  },
  {
    slug: "oulun-koulujen-hyvinvointi", lang: "fi", layout: "table",
    title: "Kouluhyvinvoinnin malli Oulussa",
    coordinator: "Oulun yliopisto", partners: "Oulun kaupunki",
    area: "Oulu", funding: "Suomen Akatemia", period: "2024–2028", budget: "1 200 000 euroa",
    targetGroups: "Perusopetuksen oppilaat, opettajat ja vanhemmat",
    description: [
      "Tutkimushankkeessa kehitetään ja arvioidaan koulujen hyvinvointimallia, jossa kiusaamisen ehkäisy, tunnetaidot ja liikunta yhdistyvät.",
      "Oppilaat osallistuvat mallin kehittämiseen oppilaskuntien kautta.",
    ],
  },
  {
    slug: "hyvinvointialueiden-digitaaliset-palvelut", lang: "fi", layout: "strong",
    title: "Omaolo ja digitaaliset palvelut hyvinvointialueille",
    coordinator: "Terveyden ja hyvinvoinnin laitos", partners: "DigiFinland Oy, hyvinvointialueet",
    area: "koko maa", funding: "Euroopan unionin elpymis- ja palautumistukiväline sekä STM", period: "2022–2025",
    targetGroups: "Hyvinvointialueet, sote-ammattilaiset ja asukkaat",
    description: [
      "Hankkeessa levitetään sähköisiä oirearvioita ja palveluohjausta kaikille hyvinvointialueille.",
      "Digitalisaation avulla hoitoon pääsy nopeutuu ja ammattilaisten työ kohdentuu.",
    ],
  },
  {
    slug: "rauman-vapaaehtoistoiminta", lang: "fi", layout: "headings",
    title: "Vapaaehtoisena vanhusten tukena Raumalla",
    coordinator: "Rauman Seudun Vanhustuki ry", partners: "Rauman kaupunki",
    area: "Rauma", funding: "Raha-automaattiyhdistys", period: "2009–2011",
    targetGroups: "Ikääntyneet ja vapaaehtoiset",
    description: [
      "Hanke koulutti vapaaehtoisia ulkoiluystäviksi ja kauppa-avuksi vanhuksille.",
      "Vapaaehtoistoiminnan koordinaatio siirtyi hankkeen jälkeen yhdistyksen pysyväksi toiminnaksi.",
    ],
  },
  {
    slug: "kainuun-nuoret-aikuiset-asuminen", lang: "fi", layout: "lines",
    title: "Oma koti – nuorten aikuisten asumisen tuki Kainuussa",
    coordinator: "Kainuun Nuotta ry", partners: "Kajaanin kaupunki, Kainuun sote",
    area: "Kainuussa", funding: "STEA", period: "2020–2023", budget: "260 000 euroa",
    targetGroups: "Itsenäistyvät nuoret aikuiset ja jälkihuollon nuoret",
    description: [
      "Hanke tuki itsenäistyviä nuoria aikuisia ensimmäisessä omassa kodissa: raha-asiat, arjen taidot ja vuokranmaksu.",
      "Jälkihuollon nuoret saivat tukihenkilön ja vertaisryhmän.",
    ],
  },
  {
    slug: "lahti-paihteet-kohtaamispaikka", lang: "fi", layout: "dl",
    title: "Kohtaamispaikka – päihteitä käyttävien matalan kynnyksen palvelu Lahdessa",
    coordinator: "Lahden Diakonialaitos", partners: "Päijät-Hämeen hyvinvointiyhtymä",
    area: "Lahti", funding: "STEA", period: "2023–2026", budget: "360 000 euroa",
    targetGroups: "Päihteiden käyttäjät ja asunnottomat",
    description: [
      "Kohtaamispaikassa päihteitä käyttävät saavat ruokaa, terveysneuvontaa, pistovälineiden vaihtoa ja ohjausta hoitoon.",
      "Vertaistyöntekijät ovat mukana toiminnassa.",
    ],
  },
  {
    slug: "uusimaa-koululaisten-uni", lang: "fi", layout: "table",
    title: "Uni ja ruutuaika – nuorten unen edistäminen Uudellamaalla",
    coordinator: "Helsingin yliopisto", partners: "Espoon kaupunki, Kirkkonummen kunta",
    area: "Uusimaa", funding: "Suomen Akatemia ja Opetus- ja kulttuuriministeriö", period: "2025–2027",
    targetGroups: "Yläkoululaiset ja heidän vanhempansa",
    description: [
      "Hankkeessa tutkitaan ruutuajan ja unen yhteyttä nuorten jaksamiseen ja koulumenestykseen sekä kokeillaan unta edistäviä interventioita kouluissa.",
      "Vanhemmat saavat tietoa nuoren unentarpeesta.",
    ],
  },
  {
    slug: "saamelaisten-hyvinvointi", lang: "fi", layout: "strong",
    title: "Saamenkieliset sote-palvelut Inarissa ja Utsjoella",
    coordinator: "Saamelaiskäräjät", partners: "Inarin kunta, Utsjoen kunta, Lapin hyvinvointialue",
    area: "Saamelaisten kotiseutualue, Lappi", funding: "Sosiaali- ja terveysministeriö (STM)", period: "2018–2021",
    targetGroups: "Saamelaiset, erityisesti ikääntyneet ja lapsiperheet",
    description: [
      "Hankkeessa kehitettiin saamenkielisiä ja kulttuurisesti sopivia sosiaali- ja terveyspalveluja, kuten etävastaanottoja saamen kielellä.",
      "Saamenkielisen henkilöstön saatavuutta parannettiin koulutuksella.",
    ],
  },
];
