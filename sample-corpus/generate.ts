// Renders the sample projects (projects.ts) as a small web site in sample-corpus/site/:
// one page per project in one of five layouts modelled on real project sites, and an index
// page that lists them all. Run after editing projects.ts: npx tsx sample-corpus/generate.ts

import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SAMPLE_PROJECTS, type SampleProject } from "./projects.js";

const siteDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "site");

/** Two wordings of each fact label, so pages of the same language do not all read alike. */
type Wordings = readonly [string, string];
interface Labels {
  coordinator: Wordings;
  partners: Wordings;
  area: Wordings;
  funding: Wordings;
  period: Wordings;
  budget: Wordings;
  targetGroups: Wordings;
  about: string;
  home: string;
  projects: string;
  more: string;
  notice: string;
}

const LABELS: Record<SampleProject["lang"], Labels> = {
  fi: {
    coordinator: ["Hallinnoija", "Päätoteuttaja"],
    partners: ["Osatoteuttajat", "Kumppanit"],
    area: ["Toiminta-alue", "Alue"],
    funding: ["Rahoittaja", "Rahoitus"],
    period: ["Toteutusaika", "Hankkeen kesto"],
    budget: ["Budjetti", "Kokonaisbudjetti"],
    targetGroups: ["Kohderyhmä", "Kohderyhmät"],
    about: "Hankkeen kuvaus",
    home: "Etusivu",
    projects: "Hankkeet",
    more: "Muita hankkeita",
    notice: "Esimerkkiaineisto: Hankehakua varten kirjoitettu kuvitteellinen hanke.",
  },
  sv: {
    coordinator: ["Huvudman", "Huvudman"],
    partners: ["Samarbetspartner", "Samarbetspartner"],
    area: ["Område", "Område"],
    funding: ["Finansiär", "Finansiering"],
    period: ["Projekttid", "Tidsplan"],
    budget: ["Budget", "Budget"],
    targetGroups: ["Målgrupp", "Målgrupper"],
    about: "Om projektet",
    home: "Startsida",
    projects: "Projekt",
    more: "Andra projekt",
    notice: "Exempeldata: ett påhittat projekt skrivet för Hankehaku.",
  },
  en: {
    coordinator: ["Coordinator", "Lead organisation"],
    partners: ["Partners", "Partners"],
    area: ["Area", "Region"],
    funding: ["Funding", "Funder"],
    period: ["Duration", "Project period"],
    budget: ["Budget", "Total budget"],
    targetGroups: ["Target group", "Target groups"],
    about: "About the project",
    home: "Home",
    projects: "Projects",
    more: "Other projects",
    notice: "Sample data: an invented project written for Hankehaku.",
  },
};

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

function facts(project: SampleProject, variant: 0 | 1): [string, string][] {
  const labels = LABELS[project.lang];
  const rows: [string, string | undefined][] = [
    [labels.coordinator[variant], project.coordinator],
    [labels.partners[variant], project.partners],
    [labels.area[variant], project.area],
    [labels.funding[variant], project.funding],
    [labels.period[variant], project.period],
    [labels.budget[variant], project.budget],
    [labels.targetGroups[variant], project.targetGroups],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

function renderFacts(project: SampleProject, index: number): string {
  const variant = (index % 2) as 0 | 1;
  const rows = facts(project, variant);
  switch (project.layout) {
    case "dl":
      return `<dl class="hanketiedot">\n${rows.map(([label, value]) => `  <dt>${escape(label)}</dt>\n  <dd>${escape(value)}</dd>`).join("\n")}\n</dl>`;
    case "table":
      return `<table class="perustiedot">\n${rows.map(([label, value]) => `  <tr><th scope="row">${escape(label)}</th><td>${escape(value)}</td></tr>`).join("\n")}\n</table>`;
    case "strong":
      return rows.map(([label, value]) => `<p><strong>${escape(label)}:</strong> ${escape(value)}</p>`).join("\n");
    case "headings":
      return rows.map(([label, value]) => `<h3>${escape(label)}</h3>\n<p>${escape(value)}</p>`).join("\n");
    case "lines":
      return `<p class="tiedot">${rows.map(([label, value]) => `${escape(label)}: ${escape(value)}`).join("<br>\n")}</p>`;
  }
}

function renderPage(project: SampleProject, index: number): string {
  const labels = LABELS[project.lang];
  const others = [1, 7, 19].flatMap((step) => SAMPLE_PROJECTS[(index + step) % SAMPLE_PROJECTS.length] ?? []);
  const description = project.description.map((paragraph) => `<p>${escape(paragraph)}</p>`).join("\n");
  const factsFirst = index % 3 === 0;
  return `<!DOCTYPE html>
<html lang="${project.lang}">
<head>
<meta charset="utf-8">
<title>${escape(project.title)} | ${labels.projects} – Hankehaku sample</title>
<meta name="description" content="${escape(project.description[0])}">
<link rel="canonical" href="${project.slug}.html">
</head>
<body>
<header class="site-header">
<p class="sample-notice" role="note">${escape(labels.notice)}</p>
<nav><a href="index.html">${labels.home}</a> · <a href="index.html">${labels.projects}</a> · <a href="yhteystiedot.html">Yhteystiedot</a></nav>
</header>
<main id="content">
<article class="project">
<h1>${escape(project.title)}</h1>
${factsFirst ? renderFacts(project, index) : ""}
<h2>${labels.about}</h2>
${description}
${factsFirst ? "" : renderFacts(project, index)}
<p><a href="index.html">Lue lisää</a></p>
</article>
</main>
<aside class="sidebar">
<h2>${labels.more}</h2>
<ul>
${others.map((other) => `<li><a href="${other.slug}.html">${escape(other.title)}</a></li>`).join("\n")}
</ul>
</aside>
<footer><p>Hankehaku – sample corpus. <a href="index.html">${labels.home}</a></p></footer>
</body>
</html>
`;
}

/** The simulated sites of hand-written pages (site/<slug>/index.html), linked from the index. */
async function simulatedSites(): Promise<string[]> {
  const entries = await readdir(siteDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function renderIndex(sites: string[]): string {
  const sitesList = sites.map((slug) => `<li><a href="${slug}/index.html">${slug}</a></li>`).join("\n");
  const items = SAMPLE_PROJECTS.map(
    (project) =>
      `<li>\n<h2><a href="${project.slug}.html">${escape(project.title)}</a></h2>\n<p>${escape(project.description[0])}</p>\n</li>`,
  ).join("\n");
  return `<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Esimerkkihankkeet – Hankehaku sample corpus</title>
</head>
<body>
<header><p role="note">Esimerkkiaineisto / Exempeldata / Sample data: these projects are invented for Hankehaku.</p></header>
<main>
<h1>Esimerkkihankkeet</h1>
<ul class="listaus">
${items}
</ul>
<h2>Esimerkkisivustot</h2>
<p>Hand-written pages in the layouts of real project sites (see sample-corpus/SITES.md).</p>
<ul class="sivustot">
${sitesList}
</ul>
</main>
</body>
</html>
`;
}

// Only the generated pages are replaced: the hand-written simulated sites live in subfolders.
await mkdir(siteDir, { recursive: true });
for (const file of await readdir(siteDir)) if (file.endsWith(".html")) await rm(path.join(siteDir, file));
await writeFile(path.join(siteDir, "index.html"), renderIndex(await simulatedSites()));
await Promise.all(
  SAMPLE_PROJECTS.map((project, index) =>
    writeFile(path.join(siteDir, `${project.slug}.html`), renderPage(project, index)),
  ),
);
console.log(`wrote ${SAMPLE_PROJECTS.length + 1} pages to ${siteDir}`);
