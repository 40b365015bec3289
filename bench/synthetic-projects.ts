// Seeded, repeatable project records for benchmarks: realistic Finnish titles, descriptions,
// regions, funders, target groups, themes and years drawn from the vocabularies in config/.
// Usage: const projects = syntheticProjects(100_000, { seed: 42, regions, funders, targetGroups, themes });

import type { Project } from "../core/project.js";

/** mulberry32: a small, fast, seeded generator, so every run benchmarks the same records. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  "Nuorten",
  "Ikääntyneiden",
  "Lapsiperheiden",
  "Omaishoitajien",
  "Maahanmuuttajien",
  "Työttömien",
  "Opiskelijoiden",
  "Kuntalaisten",
  "Vammaisten",
  "Mielenterveyskuntoutujien",
];
const TOPICS = [
  "mielenterveyden tuki",
  "päihdetyö",
  "liikuntaneuvonta",
  "ravitsemus",
  "osallisuus",
  "työllistymisen tuki",
  "digitaaliset palvelut",
  "kotoutuminen",
  "yksinäisyyden vähentäminen",
  "hyvinvointipalvelut",
  "perhekeskustoiminta",
  "terveyden edistäminen",
];
const PLACES = [
  "Kuopiossa",
  "Oulussa",
  "Tampereella",
  "Turussa",
  "Lahdessa",
  "Joensuussa",
  "Rovaniemellä",
  "Vaasassa",
  "Kajaanissa",
  "Mikkelissä",
  "Porissa",
  "Seinäjoella",
];
const SENTENCES = [
  "Hankkeessa kehitetään matalan kynnyksen palveluja, joihin pääsee ilman lähetettä.",
  "Toimintamalli perustuu järjestöjen, kuntien ja hyvinvointialueen yhteistyöhön.",
  "Kohderyhmän osallisuutta vahvistetaan kokemusasiantuntijoiden avulla.",
  "Henkilöstölle järjestetään koulutusta uusien menetelmien käyttöön.",
  "Hankkeen tulokset kootaan Innokylään muiden kehittäjien käyttöön.",
  "Vertaisryhmät ja vapaaehtoiset tukevat arjessa selviytymistä.",
  "Etäpalvelut ja sähköinen ajanvaraus lyhentävät jonoja.",
  "Syrjäytymisen ehkäisyssä korostuu varhainen tuki ja palveluohjaus.",
  "Arviointi tehdään yhdessä ammattikorkeakoulun kanssa.",
  "Mukana on kouluja, oppilaitoksia ja paikallisia yrityksiä.",
];
const ORGANISATIONS = [
  "Kuopion kaupunki",
  "Oulun kaupunki",
  "Savonia-ammattikorkeakoulu",
  "Terveyden ja hyvinvoinnin laitos",
  "SOSTE ry",
  "MIELI ry",
  "Pirkanmaan hyvinvointialue",
  "Lapin yliopisto",
  "Kainuun hyvinvointialue",
  "Suomen Kuntaliitto",
];

interface SyntheticVocabulary {
  regions: string[];
  funders: string[];
  targetGroups: string[];
  themes: string[];
}

export function syntheticProjects(count: number, options: SyntheticVocabulary & { seed: number }): Project[] {
  const random = seededRandom(options.seed);
  const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)]!;
  const some = <T>(values: T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(values))),
  ];
  return Array.from({ length: count }, (_, i) => {
    const startYear = 2005 + Math.floor(random() * 22);
    const endYear = startYear + 1 + Math.floor(random() * 4);
    // Every project has a name of its own, as real ones do ("VOIMALA", "Polku työhön"); the
    // rest of the title repeats across projects.
    const acronym = Array.from(
      { length: 4 + Math.floor(random() * 4) },
      () => "ABDEFGHIJKLMNOPRSTUVY"[Math.floor(random() * 21)],
    ).join("");
    const title = `${acronym} – ${pick(SUBJECTS)} ${pick(TOPICS)} ${pick(PLACES)}`;
    const description = Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(SENTENCES)).join(" ");
    const organisations = some(ORGANISATIONS, 3);
    return {
      id: `synthetic-${i}`,
      url: `https://example.invalid/hankkeet/${i}`,
      sources: [
        {
          url: `https://example.invalid/hankkeet/${i}`,
          site: "example.invalid",
          fetchedAt: "2026-01-01T00:00:00.000Z",
        },
      ],
      site: "example.invalid",
      language: "fi",
      kind: "project",
      title,
      summary: description.slice(0, 200),
      description,
      coordinator: organisations[0],
      organisations,
      regions: some(options.regions, 2),
      municipalities: [],
      funders: some(options.funders, 2),
      fundingShares: [],
      budgetEur: Math.round(random() * 2_000_000),
      startYear,
      endYear,
      status: endYear < 2026 ? "ended" : "ongoing",
      targetGroups: some(options.targetGroups, 3),
      themes: some(options.themes, 3),
      contacts: [],
      fetchedAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
    };
  });
}
