// @ts-check
// The search page: search-as-you-type against /api/search, facet lists with counts and value
// search, a tile map of the regions, a year range, sorting, pagination, a project detail view,
// Finnish/Swedish/English, and the whole state in the URL (shareable; back and forward work).
// Highlights arrive from the API HTML-escaped with <mark> only; everything else is escaped here.
// Facet values are shown by their names in the interface's language (labels.js).

import { createLabels } from "./labels.js";

/** @typedef {"fi" | "sv" | "en"} Language */
/** @typedef {"regions" | "funders" | "targetGroups" | "themes" | "organisations" | "status" | "language"} FacetField */
/** @typedef {Record<string, Record<string, number>>} Facets */
/**
 * A search hit as /api/search sends it (see SearchHit in server/search-service.ts).
 * @typedef {{ id: string, url: string, coordinator?: string, organisations: string[], regions: string[],
 *   funders: string[], startYear?: number, endYear?: number,
 *   highlight: { title: string, summary: string, snippet?: string } }} Hit
 */
/**
 * @typedef {{ total: number, page: number, totalPages: number, hits: Hit[], facets: Facets,
 *   labels?: import("./labels.js").FacetLabels }} SearchBody
 */
/**
 * A project as /api/projects/:id sends it (the Project record of core/project.ts).
 * @typedef {{ title: string, summary?: string, coordinator?: string, organisations: string[], regions: string[],
 *   municipalities: string[], funders: string[], targetGroups: string[], themes: string[], status: string,
 *   startYear?: number, endYear?: number, budgetEur?: number, description: string,
 *   contacts: { name?: string, title?: string, organisation?: string, email?: string, phone?: string }[],
 *   sources: { url: string }[] }} ProjectBody
 */

// The Finnish texts are the template: Swedish and English must have the same keys and kinds.
const FI = {
  appName: "Hankehaku",
  tagline: "Suomen hyvinvoinnin ja terveyden kehittämishankkeet yhdestä paikasta",
  searchLabel: "Hae hankkeita",
  placeholder: "Hae esim. nuorten mielenterveys, omaishoitajat, STEA…",
  helpTitle: "Hakuvinkit",
  helpText:
    'Sanat löytyvät missä muodossa tahansa (nuorten löytää nuoret) ja myös ruotsiksi ja englanniksi (omaishoitajat, närståendevårdare, carers). Hanke, jossa ovat kaikki sanat, tulee ensin. "Lainausmerkeissä" haetaan täsmälleen näitä sanoja tässä järjestyksessä, taivuttamatta. -sana jättää pois hankkeet, joissa sana on missä muodossa tahansa.',
  search: "Hae",
  skip: "Siirry tuloksiin",
  filters: "Rajaa hakua",
  map: "Maakunnat kartalla",
  years: "Vuodet",
  yearFrom: "alkaen",
  yearTo: "päättyen",
  sort: "Järjestys",
  sortDefault: "osuvin / uusin",
  sortRelevance: "osuvin",
  sortNewest: "uusin",
  sortStart: "alkuvuosi",
  sortEnd: "päättymisvuosi",
  sortBudget: "budjetti",
  feed: "Seuraa tätä hakua (Atom)",
  csv: "Lataa tulokset (CSV)",
  pages: "Sivut",
  regions: "Maakunta",
  funders: "Rahoittaja",
  targetGroups: "Kohderyhmä",
  organisations: "Organisaatio",
  themes: "Teema",
  status: "Tila",
  language: "Kieli",
  showAll: (/** @type {number} */ n) => `Näytä kaikki (${n})`,
  showFewer: "Näytä vähemmän",
  findValue: (/** @type {string} */ facet) => `Etsi: ${facet.toLowerCase()}`,
  results: (/** @type {number} */ n, /** @type {string} */ q) =>
    `${n} ${n === 1 ? "hanke" : "hanketta"}${q ? ` haulla ”${q}”` : ""}`,
  none: "Ei osumia. Kokeile toista hakusanaa tai poista rajauksia.",
  error: "Haku ei juuri nyt onnistu. Yritä hetken päästä uudelleen.",
  loading: "Haetaan…",
  previous: "Edellinen",
  next: "Seuraava",
  page: (/** @type {number} */ p, /** @type {number} */ n) => `Sivu ${p} / ${n}`,
  remove: (/** @type {string} */ v) => `Poista rajaus ${v}`,
  clearAll: "Poista kaikki rajaukset",
  back: "Takaisin tuloksiin",
  sources: "Lähteet",
  coordinator: "Hallinnoija",
  period: "Toteutusaika",
  budget: "Budjetti",
  municipalities: "Kunnat",
  contacts: "Yhteyshenkilöt",
  sample: "esimerkkiaineisto",
  wholeCountry: "Koko Suomi",
  mapCount: (/** @type {string} */ r, /** @type {number} */ n) => `${r}: ${n} hanketta`,
  /** @type {Record<string, string | undefined>} */
  statusValues: { planned: "tulossa", ongoing: "käynnissä", ended: "päättynyt", unknown: "ei tiedossa" },
  /** @type {Record<string, string | undefined>} */
  languageValues: { fi: "suomi", sv: "ruotsi", en: "englanti" },
};
/** @typedef {typeof FI} Texts */

/** @type {Record<Language, Texts>} */
const TEXTS = {
  fi: FI,
  sv: {
    appName: "Hankehaku",
    tagline: "Utvecklingsprojekt för hälsa och välfärd i Finland på ett ställe",
    searchLabel: "Sök projekt",
    placeholder: "Sök t.ex. unga, närståendevårdare, STEA…",
    helpTitle: "Söktips",
    helpText:
      'Ord hittas i alla böjningsformer och också på finska och engelska (närståendevårdare, omaishoitajat, carers). Projekt med alla ord kommer först. "Inom citattecken" söks exakt de orden i den ordningen, utan böjning. -ord utesluter projekt där ordet finns i någon form.',
    search: "Sök",
    skip: "Till resultaten",
    filters: "Avgränsa",
    map: "Landskapen på kartan",
    years: "År",
    yearFrom: "från",
    yearTo: "till",
    sort: "Ordning",
    sortDefault: "relevans / nyast",
    sortRelevance: "relevans",
    sortNewest: "nyast",
    sortStart: "startår",
    sortEnd: "slutår",
    sortBudget: "budget",
    feed: "Följ sökningen (Atom)",
    csv: "Ladda ner (CSV)",
    pages: "Sidor",
    regions: "Landskap",
    funders: "Finansiär",
    targetGroups: "Målgrupp",
    organisations: "Organisation",
    themes: "Tema",
    status: "Status",
    language: "Språk",
    showAll: (n) => `Visa alla (${n})`,
    showFewer: "Visa färre",
    findValue: (facet) => `Sök: ${facet.toLowerCase()}`,
    results: (n, q) => `${n} projekt${q ? ` för ”${q}”` : ""}`,
    none: "Inga träffar. Pröva ett annat sökord eller ta bort avgränsningar.",
    error: "Sökningen fungerar inte just nu. Försök igen om en stund.",
    loading: "Söker…",
    previous: "Föregående",
    next: "Nästa",
    page: (p, n) => `Sida ${p} / ${n}`,
    remove: (v) => `Ta bort ${v}`,
    clearAll: "Ta bort alla avgränsningar",
    back: "Tillbaka till resultaten",
    sources: "Källor",
    coordinator: "Huvudman",
    period: "Projekttid",
    budget: "Budget",
    municipalities: "Kommuner",
    contacts: "Kontaktpersoner",
    sample: "exempeldata",
    wholeCountry: "Hela Finland",
    mapCount: (r, n) => `${r}: ${n} projekt`,
    statusValues: { planned: "kommande", ongoing: "pågående", ended: "avslutat", unknown: "okänt" },
    languageValues: { fi: "finska", sv: "svenska", en: "engelska" },
  },
  en: {
    appName: "Hankehaku",
    tagline: "Finland's health and wellbeing development projects in one place",
    searchLabel: "Search projects",
    placeholder: "Search e.g. youth mental health, carers, STEA…",
    helpTitle: "Search tips",
    helpText:
      'Words match in any inflected form and across Finnish, Swedish and English (carers, omaishoitajat, närståendevårdare). Projects with all your words come first. "Words in quotes" match that exact phrase, in that order, without inflected forms. -word leaves out projects that have the word in any form.',
    search: "Search",
    skip: "Skip to results",
    filters: "Narrow the search",
    map: "Regions on the map",
    years: "Years",
    yearFrom: "from",
    yearTo: "to",
    sort: "Order",
    sortDefault: "best / newest",
    sortRelevance: "best match",
    sortNewest: "newest",
    sortStart: "start year",
    sortEnd: "end year",
    sortBudget: "budget",
    feed: "Follow this search (Atom)",
    csv: "Download results (CSV)",
    pages: "Pages",
    regions: "Region",
    funders: "Funder",
    targetGroups: "Target group",
    organisations: "Organisation",
    themes: "Theme",
    status: "Status",
    language: "Language",
    showAll: (n) => `Show all (${n})`,
    showFewer: "Show fewer",
    findValue: (facet) => `Find: ${facet.toLowerCase()}`,
    results: (n, q) => `${n} ${n === 1 ? "project" : "projects"}${q ? ` for “${q}”` : ""}`,
    none: "No results. Try another word or remove filters.",
    error: "Search is not available right now. Please try again shortly.",
    loading: "Searching…",
    previous: "Previous",
    next: "Next",
    page: (p, n) => `Page ${p} of ${n}`,
    remove: (v) => `Remove filter ${v}`,
    clearAll: "Remove all filters",
    back: "Back to results",
    sources: "Sources",
    coordinator: "Coordinator",
    period: "Period",
    budget: "Budget",
    municipalities: "Municipalities",
    contacts: "Contacts",
    sample: "sample data",
    wholeCountry: "Whole of Finland",
    mapCount: (r, n) => `${r}: ${n} projects`,
    statusValues: { planned: "planned", ongoing: "ongoing", ended: "ended", unknown: "unknown" },
    languageValues: { fi: "Finnish", sv: "Swedish", en: "English" },
  },
};

/** @type {[string, FacetField][]} [query parameter, facet field] */
const FACETS = [
  ["region", "regions"],
  ["funder", "funders"],
  ["targetGroup", "targetGroups"],
  ["theme", "themes"],
  ["organisation", "organisations"],
  ["status", "status"],
  ["language", "language"],
];
const API_PARAMS = new Set(["q", "lang", "yearFrom", "yearTo", "sort", "page", ...FACETS.map(([param]) => param)]);
const VISIBLE_VALUES = 8;

// The 19 maakunnat and Ahvenanmaa on a grid that follows the map of Finland (column, row).
/** @type {[string, number, number][]} */
const TILES = [
  ["Lappi", 3, 0],
  ["Pohjois-Pohjanmaa", 2, 1],
  ["Kainuu", 3, 1],
  ["Keski-Pohjanmaa", 2, 2],
  ["Pohjois-Savo", 3, 2],
  ["Pohjois-Karjala", 4, 2],
  ["Pohjanmaa", 1, 3],
  ["Etelä-Pohjanmaa", 2, 3],
  ["Keski-Suomi", 3, 3],
  ["Etelä-Savo", 4, 3],
  ["Satakunta", 1, 4],
  ["Pirkanmaa", 2, 4],
  ["Päijät-Häme", 3, 4],
  ["Etelä-Karjala", 4, 4],
  ["Ahvenanmaa", 0, 5],
  ["Varsinais-Suomi", 1, 5],
  ["Kanta-Häme", 2, 5],
  ["Uusimaa", 3, 5],
  ["Kymenlaakso", 4, 5],
];

/**
 * The element of index.html with this id, checked to be of the kind the script uses.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} kind
 * @returns {T}
 */
function $(id, kind) {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`the page has no ${kind.name} #${id}`);
  return element;
}
const form = $("search-form", HTMLFormElement),
  input = $("q", HTMLInputElement),
  facetsEl = $("facets", HTMLElement),
  resultsEl = $("results", HTMLElement),
  summaryEl = $("summary", HTMLElement);
const pagerEl = $("pager", HTMLElement),
  detailEl = $("detail", HTMLElement),
  mapEl = $("map", HTMLElement),
  activeEl = $("active-filters", HTMLElement),
  sortEl = $("sort", HTMLSelectElement);
const yearFromEl = $("year-from", HTMLInputElement),
  yearToEl = $("year-to", HTMLInputElement);
const resultsHeading = $("results-heading", HTMLElement);

/** @param {unknown} value */
const escapeHtml = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** @type {Set<string>} */
const expanded = new Set();
let ticket = 0;
/** @type {SearchBody | undefined} */
let lastBody;

const state = () => new URLSearchParams(location.search);
/** @returns {Language} */
const lang = () => {
  const chosen = state().get("lang");
  return chosen === "sv" || chosen === "en" ? chosen : "fi";
};
const t = () => TEXTS[lang()];

/** @param {URLSearchParams} params */
function apiQuery(params) {
  const query = new URLSearchParams();
  for (const [key, value] of params) if (API_PARAMS.has(key) && value !== "") query.append(key, value);
  return query;
}

/**
 * @param {URLSearchParams} params
 * @param {{ push?: boolean }} [options]
 */
function navigate(params, { push = true } = {}) {
  const url = params.toString() ? `/?${params}` : "/";
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  return render();
}

function applyTexts() {
  document.documentElement.lang = lang();
  /** @type {Record<string, unknown>} */
  const texts = t();
  for (const element of document.querySelectorAll("[data-text]")) {
    const text = texts[element.getAttribute("data-text") ?? ""];
    if (typeof text === "string") element.textContent = text;
  }
  input.placeholder = t().placeholder;
  pagerEl.setAttribute("aria-label", t().pages);
  for (const button of document.querySelectorAll("[data-lang]"))
    button.setAttribute("aria-pressed", String(button.getAttribute("data-lang") === lang()));
}

async function render() {
  applyTexts();
  const params = state();
  if (document.activeElement !== input) input.value = params.get("q") ?? "";
  sortEl.value = params.get("sort") ?? "";
  yearFromEl.value = params.get("yearFrom") ?? "";
  yearToEl.value = params.get("yearTo") ?? "";
  const query = apiQuery(params);
  $("feed-link", HTMLAnchorElement).href =
    `/api/feed.atom?${new URLSearchParams([...query].filter(([k]) => k !== "page" && k !== "sort"))}`;
  $("csv-link", HTMLAnchorElement).href =
    `/api/export.csv?${new URLSearchParams([...query].filter(([k]) => k !== "page"))}`;
  const projectId = params.get("project");
  if (projectId) return showDetail(projectId);
  detailEl.hidden = true;
  resultsEl.hidden = false;
  const mine = ++ticket;
  document.body.setAttribute("aria-busy", "true");
  try {
    const response = await fetch(`/api/search?${query}`);
    /** @type {SearchBody & { error?: string }} */
    const body = await response.json();
    if (mine !== ticket) return;
    if (!response.ok) throw new Error(body.error);
    lastBody = body;
    labels.remember(lang(), body.labels);
    renderResults(params, body);
  } catch {
    if (mine !== ticket) return;
    summaryEl.innerHTML = `<span class="error">${escapeHtml(t().error)}</span>`;
    resultsEl.innerHTML = "";
    pagerEl.innerHTML = "";
  } finally {
    if (mine === ticket) document.body.removeAttribute("aria-busy");
  }
}

const labels = createLabels();
/** @type {Record<string, FacetField | undefined>} */
const FIELD_OF = Object.fromEntries(FACETS);

/**
 * @param {string} param
 * @param {string} value
 */
function valueLabel(param, value) {
  if (param === "status") return t().statusValues[value] ?? value;
  if (param === "language") return t().languageValues[value] ?? value;
  return labels.label(lang(), FIELD_OF[param] ?? param, value);
}

/**
 * The names of a record's values of one facet, in the interface's language.
 * @param {string} param
 * @param {string[]} values
 */
const valueLabels = (param, values) => values.map((value) => valueLabel(param, value)).join(", ");

/** @param {{ startYear?: number, endYear?: number }} hit */
function years(hit) {
  if (hit.startYear && hit.endYear)
    return hit.startYear === hit.endYear ? `${hit.startYear}` : `${hit.startYear}–${hit.endYear}`;
  if (hit.startYear) return `${hit.startYear}–`;
  if (hit.endYear) return `–${hit.endYear}`;
  return "";
}

/** @param {Hit} hit */
function organisations(hit) {
  const names = [...new Set([hit.coordinator, ...hit.organisations].filter(Boolean))];
  return names.length > 3 ? `${names.slice(0, 3).join(", ")} +${names.length - 3}` : names.join(", ");
}

/** @param {string} id */
function projectHref(id) {
  const params = state();
  params.set("project", id);
  return `/?${params}`;
}

/**
 * @param {URLSearchParams} params
 * @param {SearchBody} body
 */
function renderResults(params, body) {
  summaryEl.textContent = body.total === 0 ? t().none : t().results(body.total, params.get("q") ?? "");
  resultsEl.innerHTML = body.hits
    .map(
      (hit) => `
    <li class="hit">
      <h3><a href="${escapeHtml(projectHref(hit.id))}" data-project="${escapeHtml(hit.id)}">${hit.highlight.title}</a></h3>
      <p class="meta">${escapeHtml([organisations(hit), years(hit), valueLabels("region", hit.regions)].filter(Boolean).join(" · "))}</p>
      <p class="snippet">${hit.highlight.snippet || hit.highlight.summary}</p>
      <p class="tags">${hit.funders.map((funder) => `<span class="tag">${escapeHtml(valueLabel("funder", funder))}</span>`).join("")}${hit.url.includes("/sample/") ? `<span class="tag sample">${escapeHtml(t().sample)}</span>` : ""}</p>
    </li>`,
    )
    .join("");
  renderFacets(params, body);
  renderMap(params, body);
  renderActive(params);
  const { page, totalPages } = body;
  pagerEl.innerHTML =
    totalPages > 1
      ? `${page > 1 ? `<button type="button" data-page="${page - 1}">${escapeHtml(t().previous)}</button>` : ""}<span>${escapeHtml(t().page(page, totalPages))}</span>${page < totalPages ? `<button type="button" data-page="${page + 1}">${escapeHtml(t().next)}</button>` : ""}`
      : "";
}

/**
 * @param {string} param
 * @param {string} value
 * @param {number} count
 * @param {boolean} checked
 */
function facetValueRow(param, value, count, checked) {
  const id = `f-${param}-${value}`.replace(/[^\w-]/g, "_");
  return `<li><input type="checkbox" id="${escapeHtml(id)}" data-param="${param}" value="${escapeHtml(value)}" ${checked ? "checked" : ""}>
    <label for="${escapeHtml(id)}">${escapeHtml(valueLabel(param, value))} <span class="count">${count}</span></label></li>`;
}

/**
 * @param {URLSearchParams} params
 * @param {SearchBody} body
 */
function renderFacets(params, body) {
  facetsEl.innerHTML = FACETS.map(([param, field]) => {
    const selected = params.getAll(param);
    const values = Object.entries(body.facets[field] ?? {});
    for (const value of selected) if (!values.some(([v]) => v === value)) values.push([value, 0]);
    if (values.length === 0) return "";
    const open = expanded.has(param);
    const shown = open ? values : values.slice(0, VISIBLE_VALUES);
    const long = values.length > VISIBLE_VALUES;
    return `<fieldset class="facet" data-facet="${param}"><legend>${escapeHtml(t()[field])}</legend>
      ${long ? `<input type="search" class="facet-search" data-facet-search="${param}" aria-label="${escapeHtml(t().findValue(t()[field]))}" placeholder="${escapeHtml(t().findValue(t()[field]))}">` : ""}
      <ul class="facet-values">${shown.map(([value, count]) => facetValueRow(param, value, count, selected.includes(value))).join("")}</ul>
      ${long ? `<button type="button" class="link" data-expand="${param}" aria-expanded="${open}">${escapeHtml(open ? t().showFewer : t().showAll(values.length))}</button>` : ""}
    </fieldset>`;
  }).join("");
}

/**
 * @param {URLSearchParams} params
 * @param {SearchBody} body
 */
function renderMap(params, body) {
  const counts = body.facets.regions ?? {};
  const selected = params.getAll("region");
  const max = Math.max(1, ...Object.values(counts));
  mapEl.innerHTML =
    TILES.map(([region, col, row]) => {
      const count = counts[region] ?? 0;
      const level = count === 0 ? 0 : 1 + Math.round((count / max) * 4);
      return `<button type="button" class="tile level-${level} col-${col} row-${row}" data-region="${escapeHtml(region)}"
      aria-pressed="${selected.includes(region)}" aria-label="${escapeHtml(t().mapCount(valueLabel("region", region), count))}" title="${escapeHtml(t().mapCount(valueLabel("region", region), count))}">
      <span class="tile-name">${escapeHtml(valueLabel("region", region).replace(/-/g, "-\u200b"))}</span><span class="tile-count">${count}</span></button>`;
    }).join("") +
    `<button type="button" class="tile whole level-${counts["Koko Suomi"] ? 1 + Math.round((counts["Koko Suomi"] / max) * 4) : 0}" data-region="Koko Suomi" aria-pressed="${selected.includes("Koko Suomi")}">
    <span class="tile-name">${escapeHtml(t().wholeCountry)}</span><span class="tile-count">${counts["Koko Suomi"] ?? 0}</span></button>`;
}

/** @param {URLSearchParams} params */
function renderActive(params) {
  /** @type {[param: string, value: string, label: string][]} */
  const chips = [];
  for (const [param] of FACETS)
    for (const value of params.getAll(param)) chips.push([param, value, valueLabel(param, value)]);
  for (const param of /** @type {const} */ (["yearFrom", "yearTo"])) {
    const year = params.get(param);
    if (year) chips.push([param, year, `${t()[param]} ${year}`]);
  }
  activeEl.innerHTML =
    chips.length === 0
      ? ""
      : `<ul class="chips">${chips
          .map(
            ([param, value, label]) =>
              `<li><button type="button" class="chip" data-remove="${param}" data-value="${escapeHtml(value)}" aria-label="${escapeHtml(t().remove(label))}">${escapeHtml(label)} ×</button></li>`,
          )
          .join("")}
    <li><button type="button" class="link" data-clear>${escapeHtml(t().clearAll)}</button></li></ul>`;
}

/** @param {string} id */
async function showDetail(id) {
  resultsEl.hidden = true;
  pagerEl.innerHTML = "";
  detailEl.hidden = false;
  const mine = ++ticket;
  try {
    const response = await fetch(`/api/projects/${encodeURIComponent(id)}`);
    /** @type {ProjectBody & { error?: string }} */
    const project = await response.json();
    await labels.ensure(lang());
    if (mine !== ticket) return;
    if (!response.ok) throw new Error(project.error);
    /** @type {(label: string, value: string | undefined) => string} */
    const row = (label, value) => (value ? `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>` : "");
    summaryEl.textContent = project.title;
    detailEl.innerHTML = `
      <p><button type="button" class="link" data-back>← ${escapeHtml(t().back)}</button></p>
      <h2>${escapeHtml(project.title)}</h2>
      ${project.summary ? `<p class="lead">${escapeHtml(project.summary)}</p>` : ""}
      <dl class="facts">
        ${row(t().coordinator, project.coordinator)}
        ${row(t().organisations, project.organisations.join(", "))}
        ${row(t().regions, valueLabels("region", project.regions))}
        ${row(t().municipalities, project.municipalities.join(", "))}
        ${row(t().funders, valueLabels("funder", project.funders))}
        ${row(t().period, years(project))}
        ${row(t().budget, project.budgetEur ? `${project.budgetEur.toLocaleString(lang())} €` : "")}
        ${row(t().targetGroups, valueLabels("targetGroup", project.targetGroups))}
        ${row(t().themes, valueLabels("theme", project.themes))}
        ${row(t().status, t().statusValues[project.status])}
      </dl>
      ${project.description
        .split("\n")
        .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
        .join("")}
      ${project.contacts.length ? `<h3>${escapeHtml(t().contacts)}</h3><ul>${project.contacts.map((c) => `<li>${escapeHtml([c.name, c.title, c.organisation, c.email, c.phone].filter(Boolean).join(", "))}</li>`).join("")}</ul>` : ""}
      <h3>${escapeHtml(t().sources)}</h3>
      <ul class="sources">${project.sources.map((source) => `<li><a href="${escapeHtml(source.url)}" rel="noopener">${escapeHtml(source.url)}</a></li>`).join("")}</ul>`;
    detailEl.focus();
  } catch {
    if (mine !== ticket) return;
    detailEl.innerHTML = `<p class="error">${escapeHtml(t().error)}</p><p><button type="button" class="link" data-back>← ${escapeHtml(t().back)}</button></p>`;
  }
}

/**
 * Changes the state in the URL and renders it; a new search starts on its first page.
 * @param {(params: URLSearchParams) => void} mutate
 * @param {{ push?: boolean }} [options]
 */
function change(mutate, options) {
  const params = state();
  mutate(params);
  params.delete("page");
  params.delete("project");
  return navigate(params, options);
}

/**
 * @param {URLSearchParams} params
 * @param {string} param
 * @param {string} value
 * @param {boolean} on
 */
function toggle(params, param, value, on) {
  const values = params.getAll(param).filter((v) => v !== value);
  if (on) values.push(value);
  params.delete(param);
  values.forEach((v) => params.append(param, v));
}

/**
 * Moves the focus to what `selector` finds under `root` (the re-rendered twin of what had it).
 * @param {HTMLElement} root
 * @param {string} selector
 */
function focusOn(root, selector) {
  const element = root.querySelector(selector);
  if (element instanceof HTMLElement) element.focus();
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let typing;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(
    () => change((params) => (input.value ? params.set("q", input.value) : params.delete("q")), { push: false }),
    120,
  );
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  change((params) => (input.value ? params.set("q", input.value) : params.delete("q"))).then(() =>
    resultsHeading.focus(),
  );
});
sortEl.addEventListener("change", () =>
  change((params) => (sortEl.value ? params.set("sort", sortEl.value) : params.delete("sort"))),
);
for (const [element, param] of /** @type {const} */ ([
  [yearFromEl, "yearFrom"],
  [yearToEl, "yearTo"],
])) {
  element.addEventListener("change", () =>
    change((params) => (/^\d{4}$/.test(element.value) ? params.set(param, element.value) : params.delete(param))),
  );
}
facetsEl.addEventListener("change", (event) => {
  const box = event.target;
  const param = box instanceof HTMLInputElement ? box.dataset.param : undefined;
  if (box instanceof HTMLInputElement && param)
    change((params) => toggle(params, param, box.value, box.checked)).then(() => {
      document.getElementById(box.id)?.focus();
    });
});
/** @type {ReturnType<typeof setTimeout> | undefined} */
let facetTyping;
facetsEl.addEventListener("input", (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement)) return;
  const param = box.dataset.facetSearch;
  if (!param) return;
  clearTimeout(facetTyping);
  facetTyping = setTimeout(async () => {
    const valuesEl = box.closest("fieldset")?.querySelector(".facet-values");
    const params = apiQuery(state());
    params.delete(param);
    params.delete("q");
    params.delete("page");
    params.delete("sort");
    params.set("q", box.value);
    const response = await fetch(`/api/facets/${param}?${params}`);
    if (!response.ok) return;
    /** @type {{ values: { value: string, count: number }[] }} */
    const { values } = await response.json();
    const selected = state().getAll(param);
    if (valuesEl)
      valuesEl.innerHTML = values
        .map(({ value, count }) => facetValueRow(param, value, count, selected.includes(value)))
        .join("");
  }, 150);
});
document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target.closest("button, a") : null;
  if (!(target instanceof HTMLElement)) return;
  const { expand, region, remove, page, project } = target.dataset;
  if (expand) {
    expanded.has(expand) ? expanded.delete(expand) : expanded.add(expand);
    if (lastBody) renderFacets(state(), lastBody);
    focusOn(facetsEl, `[data-expand="${expand}"]`);
  } else if (region) {
    const on = target.getAttribute("aria-pressed") !== "true";
    change((params) => toggle(params, "region", region, on)).then(() =>
      focusOn(mapEl, `[data-region="${CSS.escape(region)}"]`),
    );
  } else if (remove) {
    change((params) => {
      if (remove.startsWith("year")) params.delete(remove);
      else toggle(params, remove, target.dataset.value ?? "", false);
    });
  } else if ("clear" in target.dataset) {
    change((params) => {
      for (const key of [...params.keys()]) if (key !== "q" && key !== "lang") params.delete(key);
    });
  } else if (page) {
    const params = state();
    params.set("page", page);
    navigate(params).then(() => resultsHeading.focus());
  } else if (project) {
    event.preventDefault();
    const params = state();
    params.set("project", project);
    navigate(params);
  } else if ("back" in target.dataset) {
    const params = state();
    params.delete("project");
    navigate(params).then(() => resultsHeading.focus());
  } else if (target.dataset.lang) {
    const params = state();
    if (target.dataset.lang === "fi") params.delete("lang");
    else params.set("lang", target.dataset.lang);
    navigate(params);
  }
});
window.addEventListener("popstate", () => render());
render();
