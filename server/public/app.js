// The search page: search-as-you-type against /api/search, facet lists with counts and value
// search, a tile map of the regions, a year range, sorting, pagination, a project detail view,
// Finnish/Swedish/English, and the whole state in the URL (shareable; back and forward work).
// Highlights arrive from the API HTML-escaped with <mark> only; everything else is escaped here.
// Facet values are shown by their names in the interface's language (labels.js).

import { createLabels } from "./labels.js";

const TEXTS = {
  fi: {
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
    showAll: (n) => `Näytä kaikki (${n})`,
    showFewer: "Näytä vähemmän",
    findValue: (facet) => `Etsi: ${facet.toLowerCase()}`,
    results: (n, q) => `${n} ${n === 1 ? "hanke" : "hanketta"}${q ? ` haulla ”${q}”` : ""}`,
    none: "Ei osumia. Kokeile toista hakusanaa tai poista rajauksia.",
    error: "Haku ei juuri nyt onnistu. Yritä hetken päästä uudelleen.",
    loading: "Haetaan…",
    previous: "Edellinen",
    next: "Seuraava",
    page: (p, n) => `Sivu ${p} / ${n}`,
    remove: (v) => `Poista rajaus ${v}`,
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
    mapCount: (r, n) => `${r}: ${n} hanketta`,
    statusValues: { planned: "tulossa", ongoing: "käynnissä", ended: "päättynyt", unknown: "ei tiedossa" },
    languageValues: { fi: "suomi", sv: "ruotsi", en: "englanti" },
  },
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

// [query parameter, facet field]
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

const $ = (id) => document.getElementById(id);
const form = $("search-form"),
  input = $("q"),
  facetsEl = $("facets"),
  resultsEl = $("results"),
  summaryEl = $("summary");
const pagerEl = $("pager"),
  detailEl = $("detail"),
  mapEl = $("map"),
  activeEl = $("active-filters"),
  sortEl = $("sort");
const yearFromEl = $("year-from"),
  yearToEl = $("year-to");

const escape = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const expanded = new Set();
let ticket = 0;
let lastBody;

const state = () => new URLSearchParams(location.search);
const lang = () => (TEXTS[state().get("lang")] ? state().get("lang") : "fi");
const t = () => TEXTS[lang()];

function apiQuery(params) {
  const query = new URLSearchParams();
  for (const [key, value] of params) if (API_PARAMS.has(key) && value !== "") query.append(key, value);
  return query;
}

function navigate(params, { push = true } = {}) {
  const url = params.toString() ? `/?${params}` : "/";
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  return render();
}

function applyTexts() {
  document.documentElement.lang = lang();
  for (const element of document.querySelectorAll("[data-text]")) {
    const text = t()[element.dataset.text];
    if (typeof text === "string") element.textContent = text;
  }
  input.placeholder = t().placeholder;
  pagerEl.setAttribute("aria-label", t().pages);
  for (const button of document.querySelectorAll("[data-lang]"))
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang()));
}

async function render() {
  applyTexts();
  const params = state();
  if (document.activeElement !== input) input.value = params.get("q") ?? "";
  sortEl.value = params.get("sort") ?? "";
  yearFromEl.value = params.get("yearFrom") ?? "";
  yearToEl.value = params.get("yearTo") ?? "";
  const query = apiQuery(params);
  $("feed-link").href =
    `/api/feed.atom?${new URLSearchParams([...query].filter(([k]) => k !== "page" && k !== "sort"))}`;
  $("csv-link").href = `/api/export.csv?${new URLSearchParams([...query].filter(([k]) => k !== "page"))}`;
  const projectId = params.get("project");
  if (projectId) return showDetail(projectId);
  detailEl.hidden = true;
  resultsEl.hidden = false;
  const mine = ++ticket;
  document.body.setAttribute("aria-busy", "true");
  try {
    const response = await fetch(`/api/search?${query}`);
    const body = await response.json();
    if (mine !== ticket) return;
    if (!response.ok) throw new Error(body.error);
    lastBody = body;
    labels.remember(lang(), body.labels);
    renderResults(params, body);
  } catch {
    if (mine !== ticket) return;
    summaryEl.innerHTML = `<span class="error">${escape(t().error)}</span>`;
    resultsEl.innerHTML = "";
    pagerEl.innerHTML = "";
  } finally {
    if (mine === ticket) document.body.removeAttribute("aria-busy");
  }
}

const labels = createLabels();
const FIELD_OF = Object.fromEntries(FACETS);

function valueLabel(param, value) {
  if (param === "status") return t().statusValues[value] ?? value;
  if (param === "language") return t().languageValues[value] ?? value;
  return labels.label(lang(), FIELD_OF[param] ?? param, value);
}

/** The names of a record's values of one facet, in the interface's language. */
const valueLabels = (param, values) => values.map((value) => valueLabel(param, value)).join(", ");

function years(hit) {
  if (hit.startYear && hit.endYear)
    return hit.startYear === hit.endYear ? `${hit.startYear}` : `${hit.startYear}–${hit.endYear}`;
  if (hit.startYear) return `${hit.startYear}–`;
  if (hit.endYear) return `–${hit.endYear}`;
  return "";
}

function organisations(hit) {
  const names = [...new Set([hit.coordinator, ...hit.organisations].filter(Boolean))];
  return names.length > 3 ? `${names.slice(0, 3).join(", ")} +${names.length - 3}` : names.join(", ");
}

function projectHref(id) {
  const params = state();
  params.set("project", id);
  return `/?${params}`;
}

function renderResults(params, body) {
  summaryEl.textContent = body.total === 0 ? t().none : t().results(body.total, params.get("q") ?? "");
  resultsEl.innerHTML = body.hits
    .map(
      (hit) => `
    <li class="hit">
      <h3><a href="${escape(projectHref(hit.id))}" data-project="${escape(hit.id)}">${hit.highlight.title}</a></h3>
      <p class="meta">${escape([organisations(hit), years(hit), valueLabels("region", hit.regions)].filter(Boolean).join(" · "))}</p>
      <p class="snippet">${hit.highlight.snippet || hit.highlight.summary}</p>
      <p class="tags">${hit.funders.map((funder) => `<span class="tag">${escape(valueLabel("funder", funder))}</span>`).join("")}${hit.url.includes("/sample/") ? `<span class="tag sample">${escape(t().sample)}</span>` : ""}</p>
    </li>`,
    )
    .join("");
  renderFacets(params, body);
  renderMap(params, body);
  renderActive(params);
  const { page, totalPages } = body;
  pagerEl.innerHTML =
    totalPages > 1
      ? `${page > 1 ? `<button type="button" data-page="${page - 1}">${escape(t().previous)}</button>` : ""}<span>${escape(t().page(page, totalPages))}</span>${page < totalPages ? `<button type="button" data-page="${page + 1}">${escape(t().next)}</button>` : ""}`
      : "";
}

function facetValueRow(param, value, count, checked) {
  const id = `f-${param}-${value}`.replace(/[^\w-]/g, "_");
  return `<li><input type="checkbox" id="${escape(id)}" data-param="${param}" value="${escape(value)}" ${checked ? "checked" : ""}>
    <label for="${escape(id)}">${escape(valueLabel(param, value))} <span class="count">${count}</span></label></li>`;
}

function renderFacets(params, body) {
  facetsEl.innerHTML = FACETS.map(([param, field]) => {
    const selected = params.getAll(param);
    const values = Object.entries(body.facets[field] ?? {});
    for (const value of selected) if (!values.some(([v]) => v === value)) values.push([value, 0]);
    if (values.length === 0) return "";
    const open = expanded.has(param);
    const shown = open ? values : values.slice(0, VISIBLE_VALUES);
    const long = values.length > VISIBLE_VALUES;
    return `<fieldset class="facet" data-facet="${param}"><legend>${escape(t()[field])}</legend>
      ${long ? `<input type="search" class="facet-search" data-facet-search="${param}" aria-label="${escape(t().findValue(t()[field]))}" placeholder="${escape(t().findValue(t()[field]))}">` : ""}
      <ul class="facet-values">${shown.map(([value, count]) => facetValueRow(param, value, count, selected.includes(value))).join("")}</ul>
      ${long ? `<button type="button" class="link" data-expand="${param}" aria-expanded="${open}">${escape(open ? t().showFewer : t().showAll(values.length))}</button>` : ""}
    </fieldset>`;
  }).join("");
}

function renderMap(params, body) {
  const counts = body.facets.regions ?? {};
  const selected = params.getAll("region");
  const max = Math.max(1, ...Object.values(counts));
  mapEl.innerHTML =
    TILES.map(([region, col, row]) => {
      const count = counts[region] ?? 0;
      const level = count === 0 ? 0 : 1 + Math.round((count / max) * 4);
      return `<button type="button" class="tile level-${level} col-${col} row-${row}" data-region="${escape(region)}"
      aria-pressed="${selected.includes(region)}" aria-label="${escape(t().mapCount(valueLabel("region", region), count))}" title="${escape(t().mapCount(valueLabel("region", region), count))}">
      <span class="tile-name">${escape(valueLabel("region", region).replace(/-/g, "-\u200b"))}</span><span class="tile-count">${count}</span></button>`;
    }).join("") +
    `<button type="button" class="tile whole level-${counts["Koko Suomi"] ? 1 + Math.round((counts["Koko Suomi"] / max) * 4) : 0}" data-region="Koko Suomi" aria-pressed="${selected.includes("Koko Suomi")}">
    <span class="tile-name">${escape(t().wholeCountry)}</span><span class="tile-count">${counts["Koko Suomi"] ?? 0}</span></button>`;
}

function renderActive(params) {
  const chips = [];
  for (const [param] of FACETS)
    for (const value of params.getAll(param)) chips.push([param, value, valueLabel(param, value)]);
  for (const param of ["yearFrom", "yearTo"])
    if (params.get(param)) chips.push([param, params.get(param), `${t()[param]} ${params.get(param)}`]);
  activeEl.innerHTML =
    chips.length === 0
      ? ""
      : `<ul class="chips">${chips
          .map(
            ([param, value, label]) =>
              `<li><button type="button" class="chip" data-remove="${param}" data-value="${escape(value)}" aria-label="${escape(t().remove(label))}">${escape(label)} ×</button></li>`,
          )
          .join("")}
    <li><button type="button" class="link" data-clear>${escape(t().clearAll)}</button></li></ul>`;
}

async function showDetail(id) {
  resultsEl.hidden = true;
  pagerEl.innerHTML = "";
  detailEl.hidden = false;
  const mine = ++ticket;
  try {
    const response = await fetch(`/api/projects/${encodeURIComponent(id)}`);
    const project = await response.json();
    await labels.ensure(lang());
    if (mine !== ticket) return;
    if (!response.ok) throw new Error(project.error);
    const row = (label, value) => (value ? `<dt>${escape(label)}</dt><dd>${escape(value)}</dd>` : "");
    summaryEl.textContent = project.title;
    detailEl.innerHTML = `
      <p><button type="button" class="link" data-back>← ${escape(t().back)}</button></p>
      <h2>${escape(project.title)}</h2>
      ${project.summary ? `<p class="lead">${escape(project.summary)}</p>` : ""}
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
        .map((paragraph) => `<p>${escape(paragraph)}</p>`)
        .join("")}
      ${project.contacts.length ? `<h3>${escape(t().contacts)}</h3><ul>${project.contacts.map((c) => `<li>${escape([c.name, c.title, c.organisation, c.email, c.phone].filter(Boolean).join(", "))}</li>`).join("")}</ul>` : ""}
      <h3>${escape(t().sources)}</h3>
      <ul class="sources">${project.sources.map((source) => `<li><a href="${escape(source.url)}" rel="noopener">${escape(source.url)}</a></li>`).join("")}</ul>`;
    detailEl.focus();
  } catch {
    if (mine !== ticket) return;
    detailEl.innerHTML = `<p class="error">${escape(t().error)}</p><p><button type="button" class="link" data-back>← ${escape(t().back)}</button></p>`;
  }
}

function change(mutate, options) {
  const params = state();
  mutate(params);
  params.delete("page");
  params.delete("project");
  return navigate(params, options);
}

function toggle(params, param, value, on) {
  const values = params.getAll(param).filter((v) => v !== value);
  if (on) values.push(value);
  params.delete(param);
  values.forEach((v) => params.append(param, v));
}

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
    $("results-heading").focus(),
  );
});
sortEl.addEventListener("change", () =>
  change((params) => (sortEl.value ? params.set("sort", sortEl.value) : params.delete("sort"))),
);
for (const [element, param] of [
  [yearFromEl, "yearFrom"],
  [yearToEl, "yearTo"],
]) {
  element.addEventListener("change", () =>
    change((params) => (/^\d{4}$/.test(element.value) ? params.set(param, element.value) : params.delete(param))),
  );
}
facetsEl.addEventListener("change", (event) => {
  const box = event.target;
  if (box.dataset.param)
    change((params) => toggle(params, box.dataset.param, box.value, box.checked)).then(() => {
      document.getElementById(box.id)?.focus();
    });
});
let facetTyping;
facetsEl.addEventListener("input", (event) => {
  const param = event.target.dataset.facetSearch;
  if (!param) return;
  clearTimeout(facetTyping);
  facetTyping = setTimeout(async () => {
    const field = event.target.closest("fieldset");
    const params = apiQuery(state());
    params.delete(param);
    params.delete("q");
    params.delete("page");
    params.delete("sort");
    params.set("q", event.target.value);
    const response = await fetch(`/api/facets/${param}?${params}`);
    if (!response.ok) return;
    const { values } = await response.json();
    const selected = state().getAll(param);
    field.querySelector(".facet-values").innerHTML = values
      .map(({ value, count }) => facetValueRow(param, value, count, selected.includes(value)))
      .join("");
  }, 150);
});
document.addEventListener("click", (event) => {
  const target = event.target.closest("button, a");
  if (!target) return;
  if (target.dataset.expand) {
    const param = target.dataset.expand;
    expanded.has(param) ? expanded.delete(param) : expanded.add(param);
    renderFacets(state(), lastBody);
    facetsEl.querySelector(`[data-expand="${param}"]`)?.focus();
  } else if (target.dataset.region) {
    const on = target.getAttribute("aria-pressed") !== "true";
    change((params) => toggle(params, "region", target.dataset.region, on)).then(() =>
      mapEl.querySelector(`[data-region="${CSS.escape(target.dataset.region)}"]`)?.focus(),
    );
  } else if (target.dataset.remove) {
    change((params) => {
      if (target.dataset.remove.startsWith("year")) params.delete(target.dataset.remove);
      else toggle(params, target.dataset.remove, target.dataset.value, false);
    });
  } else if ("clear" in target.dataset) {
    change((params) => {
      for (const key of [...params.keys()]) if (key !== "q" && key !== "lang") params.delete(key);
    });
  } else if (target.dataset.page) {
    const params = state();
    params.set("page", target.dataset.page);
    navigate(params).then(() => $("results-heading").focus());
  } else if (target.dataset.project) {
    event.preventDefault();
    const params = state();
    params.set("project", target.dataset.project);
    navigate(params);
  } else if ("back" in target.dataset) {
    const params = state();
    params.delete("project");
    navigate(params).then(() => $("results-heading").focus());
  } else if (target.dataset.lang) {
    const params = state();
    if (target.dataset.lang === "fi") params.delete("lang");
    else params.set("lang", target.dataset.lang);
    navigate(params);
  }
});
window.addEventListener("popstate", () => render());
render();
