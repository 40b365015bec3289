// @ts-check
// The search page: search as you type (after a pause; a newer search cancels the older) with
// title suggestions, facet lists with counts and value search, a tile map, a year range,
// sorting, pagination, charts, a printable project detail view, "about the data", Finnish,
// Swedish and English, and the whole state in the URL (shareable; back and forward work). On a
// phone the filters live in a full-height dialog behind a "Rajaa" button. Errors say what went
// wrong: a 400 next to its control with the previous results kept, a 404 as "gone", and only a
// 503 or a lost connection as "try again". The other modules build HTML; this one fetches and wires.

import { aboutHtml } from "./about.js";
import { chartsHtml, downloadChart } from "./charts.js";
import { detailHtml, rankSimilar, similarQuery } from "./detail.js";
import { FACETS, FIELD_OF, facetsHtml } from "./facets.js";
import { escape, formatEuros, years } from "./format.js";
import { mapHtml } from "./map.js";
import { createLabels } from "./labels.js";
import { createSuggestions } from "./suggest.js";
import { TEXTS } from "./texts.js";

/** @typedef {import("./types.js").Language} Language */
/** @typedef {import("./types.js").Hit} Hit */
/** @typedef {import("./types.js").SearchBody} SearchBody */
/** @typedef {import("./types.js").ProjectBody} ProjectBody */

const YEAR_PARAMS = /** @type {const} */ (["yearFrom", "yearTo", "startYear"]);
const API_PARAMS = new Set(["q", "lang", ...YEAR_PARAMS, "sort", "page", ...FACETS.map(([param]) => param)]);
const TYPING_PAUSE_MS = 300;

/**
 * The element of index.html with this id, checked to be of the kind the script uses.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} kind
 * @returns {T}
 */
function element(id, kind) {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`the page has no ${kind.name} #${id}`);
  return found;
}
/** @param {string} id */
const $ = (id) => element(id, HTMLElement);
const form = element("search-form", HTMLFormElement);
const input = element("q", HTMLInputElement);
const facetsEl = $("facets");
const resultsEl = $("results");
const summaryEl = $("summary");
const pagerEl = $("pager");
const detailEl = $("detail");
const mapEl = $("map");
const chipsEl = $("active-filters");
const sortEl = element("sort", HTMLSelectElement);
const yearFromEl = element("year-from", HTMLInputElement);
const yearToEl = element("year-to", HTMLInputElement);
const noticeEl = $("notice");
const drawer = element("drawer", HTMLDialogElement);
const chartsPanel = element("charts-panel", HTMLDetailsElement);
const phone = matchMedia("(max-width: 52rem)");

const state = () => new URLSearchParams(location.search);
/** @returns {Language} */
const lang = () => {
  const chosen = state().get("lang");
  return chosen === "sv" || chosen === "en" ? chosen : "fi";
};
const t = () => TEXTS[lang()];

/** @type {Set<string>} */
const expanded = new Set();
/** @type {Map<string, string>} */
const facetQueries = new Map();
/** Other names of facet values (GET /api/facet-names), loaded when a facet search is first typed in. */
/** @type {Record<string, Record<string, string[]> | undefined> | undefined} */
let facetNames;
/** Facet values' names in the reader's language, from the `labels` of search answers (labels.js). */
const labels = createLabels();
/** @type {SearchBody | undefined} */
let lastBody;
/** @type {AbortController | undefined} */
let searchController;
/** @type {AbortController | undefined} */
let detailController;
/** The project whose result link gets the focus back when its results are shown again. */
/** @type {string | undefined} */
let returnTo;

/**
 * A facet value as the reader sees it: the one place that names a value, for lists, chips, map, charts and details.
 * @type {import("./types.js").LabelOf}
 */
function labelOf(param, value) {
  if (param === "status") return t().statusValues[value] ?? value;
  if (param === "language") return t().languageValues[value] ?? value;
  if (param === "region" && value === "Koko Suomi") return t().wholeCountry;
  return labels.label(lang(), FIELD_OF[param] ?? param, value);
}

/** @param {URLSearchParams} params */
function apiQuery(params) {
  const query = new URLSearchParams();
  for (const [key, value] of params) if (API_PARAMS.has(key) && value !== "") query.append(key, value);
  return query;
}

/** @param {URLSearchParams} params @param {{ push?: boolean }} [options] */
function navigate(params, { push = true } = {}) {
  const url = params.toString() ? `/?${params}` : "/";
  if (push) history.pushState(null, "", url);
  else history.replaceState(history.state, "", url);
  return render();
}

function applyTexts() {
  document.documentElement.lang = lang();
  /** @type {Record<string, unknown>} */
  const texts = t();
  for (const element of document.querySelectorAll("[data-text]")) {
    const text = element instanceof HTMLElement ? texts[element.dataset.text ?? ""] : undefined;
    if (typeof text === "string") element.textContent = text;
  }
  input.placeholder = t().placeholder;
  pagerEl.setAttribute("aria-label", t().pages);
  $("suggestions").setAttribute("aria-label", t().suggestions);
  for (const button of document.querySelectorAll("[data-lang]"))
    button.setAttribute("aria-pressed", String(button.getAttribute("data-lang") === lang()));
}

/** @param {URLSearchParams} params */
function syncControls(params) {
  if (document.activeElement !== input) input.value = params.get("q") ?? "";
  sortEl.value = params.get("sort") ?? "";
  yearFromEl.value = params.get("yearFrom") ?? "";
  yearToEl.value = params.get("yearTo") ?? "";
  const query = apiQuery(params);
  /** @param {string[]} keys */
  const without = (...keys) => new URLSearchParams([...query].filter(([key]) => !keys.includes(key)));
  element("feed-link", HTMLAnchorElement).href = `/api/feed.atom?${without("page", "sort")}`;
  element("csv-link", HTMLAnchorElement).href = `/api/export.csv?${without("page")}`;
  const active = [...params.keys()].filter(
    (key) => key !== "q" && key !== "lang" && API_PARAMS.has(key) && key !== "sort" && key !== "page",
  ).length;
  $("filter-count").textContent = active ? `(${active})` : "";
}

async function render() {
  applyTexts();
  const params = state();
  syncControls(params);
  const projectId = params.get("project");
  document.body.classList.toggle("detail-mode", Boolean(projectId));
  if (projectId) return showDetail(projectId);
  detailController?.abort();
  detailEl.hidden = true;
  resultsEl.hidden = false;
  return runSearch(params);
}

// ---- searching and its errors ----

function clearErrors() {
  noticeEl.innerHTML = "";
  for (const id of ["q-error", "years-error"]) $(id).textContent = "";
  for (const control of [input, yearFromEl, yearToEl]) control.removeAttribute("aria-invalid");
}

/**
 * A 400 names its parameter first ("yearFrom (2020) is after yearTo (2015)"): show it by that control.
 * @param {string} message
 */
function showBadRequest(message) {
  const parameter = /^(\w+)/.exec(message)?.[1] ?? "";
  const inverted = /^yearFrom \((\d+)\) is after yearTo \((\d+)\)/.exec(message);
  const reason = inverted ? t().yearsInverted(inverted[1] ?? "", inverted[2] ?? "") : message;
  const place = parameter.startsWith("year") ? "years-error" : parameter === "q" ? "q-error" : undefined;
  if (place) $(place).textContent = reason;
  const controls =
    parameter === "yearFrom"
      ? [yearFromEl, yearToEl]
      : parameter === "yearTo"
        ? [yearToEl]
        : parameter === "q"
          ? [input]
          : [];
  for (const control of controls) control.setAttribute("aria-invalid", "true");
  noticeEl.innerHTML = `<p class="error" role="alert">${escape(t().badRequest)} ${escape(reason)}${lastBody ? ` ${escape(t().keptResults)}` : ""}</p>`;
}

/**
 * Only an unreachable server or engine is worth another try.
 * @param {boolean} offline
 */
function showUnavailable(offline) {
  noticeEl.innerHTML = `<p class="error" role="alert">${escape(offline ? t().offline : t().unavailable)}
    <button type="button" data-retry>${escape(t().retry)}</button></p>`;
}

/** @param {URLSearchParams} params */
async function runSearch(params) {
  searchController?.abort();
  const controller = (searchController = new AbortController());
  document.body.setAttribute("aria-busy", "true");
  try {
    const response = await fetch(`/api/search?${apiQuery(params)}`, { signal: controller.signal });
    const body = await response.json().catch(() => ({}));
    clearErrors();
    if (response.status === 400) return showBadRequest(errorOf(body));
    if (!response.ok) return showUnavailable(false);
    lastBody = /** @type {SearchBody} */ (body);
    labels.remember(lang(), body.labels);
    renderResults(params, lastBody);
  } catch (error) {
    if (aborted(error)) return;
    clearErrors();
    showUnavailable(true);
  } finally {
    if (controller === searchController) document.body.removeAttribute("aria-busy");
  }
}

/** @param {unknown} error */
const aborted = (error) => error instanceof DOMException && error.name === "AbortError";

/**
 * The message of an API error answer ({ error: "…" }), or "".
 * @param {unknown} body
 */
function errorOf(body) {
  const error = typeof body === "object" && body !== null && "error" in body ? body.error : undefined;
  return typeof error === "string" ? error : "";
}

// ---- results ----

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

/** @param {Hit} hit */
function hitHtml(hit) {
  const meta = [
    organisations(hit),
    years(hit),
    hit.regions.map((region) => labelOf("region", region)).join(", "),
    hit.budgetEur ? `${t().budget} ${formatEuros(lang(), hit.budgetEur)}` : "",
  ];
  return `<li class="hit">
      <h3><a href="${escape(projectHref(hit.id))}" data-project="${escape(hit.id)}">${hit.highlight.title}</a></h3>
      <p class="meta">${escape(meta.filter(Boolean).join(" · "))}</p>
      <p class="snippet">${hit.highlight.snippet || hit.highlight.summary}</p>
      <p class="tags">${hit.funders.map((funder) => `<span class="tag">${escape(labelOf("funder", funder))}</span>`).join("")}${hit.url.includes("/sample/") ? `<span class="tag sample">${escape(t().sample)}</span>` : ""}</p>
    </li>`;
}

/**
 * @param {URLSearchParams} params
 * @param {SearchBody} body
 * @returns {import("./types.js").View}
 */
const view = (params, body) => ({
  params,
  body,
  texts: t(),
  lang: lang(),
  labelOf,
  names: (field, value) => facetNames?.[field]?.[value] ?? [],
  expanded,
  queries: facetQueries,
});

/** @param {URLSearchParams} params @param {SearchBody} body */
function renderResults(params, body) {
  const q = params.get("q") ?? "";
  summaryEl.textContent = body.total === 0 ? t().none : t().results(body.total, q);
  document.title = `${q ? `${q} – ` : ""}${t().projects(body.total)} – Hankehaku`;
  resultsEl.innerHTML = body.hits.map(hitHtml).join("");
  facetsEl.innerHTML = facetsHtml(view(params, body));
  mapEl.innerHTML = mapHtml({
    counts: body.facets.regions ?? {},
    selected: params.getAll("region"),
    texts: t(),
    labelOf,
  });
  renderChips(params);
  renderCharts();
  $("drawer-done").textContent = t().showResults(body.total);
  const { page, totalPages } = body;
  pagerEl.innerHTML =
    totalPages > 1
      ? `${page > 1 ? `<button type="button" data-page="${page - 1}">${escape(t().previous)}</button>` : ""}<span>${escape(t().page(page, totalPages))}</span>${page < totalPages ? `<button type="button" data-page="${page + 1}">${escape(t().next)}</button>` : ""}`
      : "";
  if (returnTo) {
    focus(resultsEl.querySelector(`[data-project="${CSS.escape(returnTo)}"]`));
    returnTo = undefined;
  }
}

/** @param {URLSearchParams} params */
function renderChips(params) {
  /** @type {[string, string, string][]} */
  const chips = [];
  for (const [param] of FACETS)
    for (const value of params.getAll(param)) chips.push([param, value, labelOf(param, value)]);
  for (const param of YEAR_PARAMS) {
    const year = params.get(param);
    if (year) chips.push([param, year, `${t()[param]} ${year}`]);
  }
  chipsEl.hidden = chips.length === 0;
  const list = chipsEl.querySelector("ul");
  if (!list) return;
  list.innerHTML =
    chips
      .map(
        ([param, value, label]) =>
          `<li><button type="button" class="chip" data-remove="${param}" data-value="${escape(value)}"><span class="visually-hidden">${escape(t().remove(""))}</span>${escape(label)} <span aria-hidden="true">×</span></button></li>`,
      )
      .join("") + `<li><button type="button" class="link" data-clear>${escape(t().clearAll)}</button></li>`;
}

function renderCharts() {
  if (!chartsPanel.open || !lastBody) return;
  const chartsEl = $("charts");
  chartsEl.innerHTML = chartsHtml(view(state(), lastBody), Math.max(260, chartsEl.clientWidth - 4));
}

// ---- the detail view ----

/** @param {string} id */
async function showDetail(id) {
  searchController?.abort();
  detailController?.abort();
  const controller = (detailController = new AbortController());
  resultsEl.hidden = true;
  pagerEl.innerHTML = "";
  detailEl.hidden = false;
  clearErrors();
  const title = historyState().title;
  try {
    const response = await fetch(`/api/projects/${encodeURIComponent(id)}`, { signal: controller.signal });
    const project = /** @type {ProjectBody} */ (await response.json().catch(() => ({})));
    await labels.ensure(lang());
    if (controller.signal.aborted) return;
    if (response.status === 404 || response.status === 400) return showGone(title);
    if (!response.ok) return showDetailUnavailable(false);
    returnTo = id;
    summaryEl.textContent = project.title;
    document.title = `${project.title} – Hankehaku`;
    detailEl.innerHTML = detailHtml({ project, texts: t(), lang: lang(), labelOf });
    detailEl.focus();
    showSimilar(project, controller.signal);
  } catch (error) {
    if (!aborted(error)) showDetailUnavailable(true);
  }
}

const backButton = () => `<button type="button" class="link" data-back>← ${escape(t().back)}</button>`;

/** @param {string | undefined} title */
function showGone(title) {
  const search = title
    ? `<a href="/?q=${encodeURIComponent(title)}">${escape(t().searchTitle(title))}</a>`
    : `<a href="/">${escape(t().searchAll)}</a>`;
  summaryEl.textContent = t().gone;
  document.title = `${t().gone} – Hankehaku`;
  detailEl.innerHTML = `<p class="error" role="alert">${escape(t().gone)}</p><p>${search}</p><p>${backButton()}</p>`;
  detailEl.focus();
}

/** @param {boolean} offline */
function showDetailUnavailable(offline) {
  detailEl.innerHTML = `<p class="error" role="alert">${escape(offline ? t().offline : t().unavailable)}
    <button type="button" data-retry>${escape(t().retry)}</button></p><p>${backButton()}</p>`;
}

/** @param {ProjectBody} project @param {AbortSignal} signal */
async function showSimilar(project, signal) {
  try {
    const response = await fetch(`/api/search?${similarQuery(project)}`, { signal });
    if (!response.ok) return;
    const similar = rankSimilar(project, /** @type {SearchBody} */ (await response.json()).hits);
    const section = detailEl.querySelector(".similar");
    const list = section?.querySelector("ul");
    if (!(section instanceof HTMLElement) || !list || similar.length === 0) return;
    list.innerHTML = similar
      .map(
        (hit) =>
          `<li><a href="${escape(projectHref(hit.id))}" data-project="${escape(hit.id)}">${escape(hit.title)}</a> <span class="muted">${escape([years(hit), hit.regions.map((r) => labelOf("region", r)).join(", ")].filter(Boolean).join(" · "))}</span></li>`,
      )
      .join("");
    section.hidden = false;
  } catch {
    // Similar projects are extra: without them the record is still whole.
  }
}

/** @param {Element} button */
async function copyLink(button) {
  const url = `${location.origin}/?project=${encodeURIComponent(state().get("project") ?? "")}${lang() !== "fi" ? `&lang=${lang()}` : ""}`;
  const status = button.parentElement?.querySelector(".copy-status");
  try {
    await navigator.clipboard.writeText(url);
    if (status) status.textContent = t().copied;
  } catch {
    if (status) status.textContent = t().copyFailed(url);
  }
}

/**
 * @param {string} id
 * @param {string} title
 */
function openProject(id, title) {
  const params = state();
  params.set("project", id);
  history.pushState({ title, fromResults: true }, "", `/?${params}`);
  return render();
}

/**
 * What openProject left in the history entry: the title (for a "gone" project) and whether the
 * results are one step back.
 * @returns {{ title?: string, fromResults?: boolean }}
 */
function historyState() {
  const saved = /** @type {unknown} */ (history.state);
  return typeof saved === "object" && saved !== null ? saved : {};
}

function backToResults() {
  if (historyState().fromResults) {
    history.back();
    return;
  }
  const params = state();
  params.delete("project");
  navigate(params);
}

// ---- changing the search ----

/**
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

/** @param {URLSearchParams} params @param {string} param @param {string} value @param {boolean} on */
function toggle(params, param, value, on) {
  const values = params.getAll(param).filter((v) => v !== value);
  if (on) values.push(value);
  params.delete(param);
  values.forEach((v) => params.append(param, v));
}

/** @param {URLSearchParams} params */
const setQuery = (params) => (input.value.trim() ? params.set("q", input.value) : params.delete("q"));

/** @type {ReturnType<typeof setTimeout> | undefined} */
let typing;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => change(setQuery, { push: false }), TYPING_PAUSE_MS);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  suggestions.cancel();
  change(setQuery).then(() => $("results-heading").focus());
});
const suggestions = createSuggestions({
  input,
  list: $("suggestions"),
  status: $("suggest-status"),
  texts: t,
  onChoose: (id, title) => {
    clearTimeout(typing);
    openProject(id, title);
  },
  scope: () => {
    const query = apiQuery(state());
    for (const key of ["q", "page", "sort", ...YEAR_PARAMS, "lang"]) query.delete(key);
    return query;
  },
});
sortEl.addEventListener("change", () =>
  change((params) => (sortEl.value ? params.set("sort", sortEl.value) : params.delete("sort"))),
);
for (const [yearEl, param] of /** @type {const} */ ([
  [yearFromEl, "yearFrom"],
  [yearToEl, "yearTo"],
])) {
  yearEl.addEventListener("change", () =>
    change((params) => (/^\d{4}$/.test(yearEl.value) ? params.set(param, yearEl.value) : params.delete(param))),
  );
}
facetsEl.addEventListener("change", (event) => {
  const box = event.target;
  const param = box instanceof HTMLInputElement ? box.dataset.param : undefined;
  if (box instanceof HTMLInputElement && param)
    change((params) => toggle(params, param, box.value, box.checked)).then(() =>
      focus(document.getElementById(box.id)),
    );
});
facetsEl.addEventListener("input", async (event) => {
  const search = event.target;
  if (!(search instanceof HTMLInputElement)) return;
  const param = search.dataset.facetSearch;
  if (!param || !lastBody) return;
  facetQueries.set(param, search.value);
  if (!facetNames)
    facetNames = await fetch("/api/facet-names").then(
      (response) => (response.ok ? response.json() : {}),
      () => ({}),
    );
  const caret = search.selectionStart;
  const body = lastBody;
  const fieldset = search.closest("fieldset");
  const fresh = document.createElement("div");
  fresh.innerHTML = facetsHtml({ ...view(state(), body) });
  const replacement = fresh.querySelector(`[data-facet="${param}"]`);
  if (fieldset && replacement) {
    fieldset.replaceWith(replacement);
    const box = replacement.querySelector("[data-facet-search]");
    if (box instanceof HTMLInputElement) {
      box.focus();
      box.setSelectionRange(caret, caret);
    }
  }
});
chartsPanel.addEventListener("toggle", renderCharts);

/** @param {HTMLDialogElement} dialog */
function openDialog(dialog) {
  dialog.showModal();
  focus(dialog.querySelector(".close"));
}

/** @param {Element | null | undefined} target */
function focus(target) {
  if (target instanceof HTMLElement) target.focus();
}

async function openAbout() {
  const body = $("about-body");
  body.innerHTML = `<p>${escape(t().loading)}</p>`;
  openDialog(element("about-dialog", HTMLDialogElement));
  try {
    const response = await fetch("/api/stats");
    if (!response.ok) throw new Error(String(response.status));
    body.innerHTML = aboutHtml(/** @type {import("./types.js").DataStats} */ (await response.json()), t(), lang());
  } catch {
    body.innerHTML = `<p class="error">${escape(t().unavailable)}</p>`;
  }
}

/** On a phone the filters move into the drawer dialog; on a wide screen they are the sidebar. */
function placeFilters() {
  const content = $("filters-content");
  if (phone.matches) $("drawer-body").append(content);
  else {
    if (drawer.open) drawer.close();
    $("filters").append(content);
  }
}
phone.addEventListener("change", placeFilters);
placeFilters();

/**
 * What a click on an element matching the selector does.
 * @type {[string, (target: HTMLElement | SVGElement) => unknown][]}
 */
const CLICKS = [
  ["[data-close-dialog]", (target) => target.closest("dialog")?.close()],
  ["#open-filters", () => openDialog(drawer)],
  ["#about-button", openAbout],
  ["[data-retry]", () => render()],
  ["[data-copy-link]", copyLink],
  ["[data-print]", () => print()],
  ["[data-back]", backToResults],
  [
    "[data-expand]",
    (target) => {
      const param = target.dataset.expand;
      if (!param || !lastBody) return;
      if (expanded.has(param)) expanded.delete(param);
      else expanded.add(param);
      facetsEl.innerHTML = facetsHtml(view(state(), lastBody));
      focus(facetsEl.querySelector(`[data-expand="${param}"]`));
    },
  ],
  [
    "[data-region]",
    (target) => {
      const region = target.dataset.region;
      if (!region) return;
      const on = target.getAttribute("aria-pressed") !== "true";
      change((params) => toggle(params, "region", region, on)).then(() =>
        focus(mapEl.querySelector(`[data-region="${CSS.escape(region)}"]`)),
      );
    },
  ],
  [
    "[data-remove]",
    (target) =>
      change((params) => {
        const { remove = "", value = "" } = target.dataset;
        if (YEAR_PARAMS.some((param) => param === remove)) params.delete(remove);
        else toggle(params, remove, value, false);
      }).then(() => focus(chipsEl.querySelector(".chip") ?? $("results-heading"))),
  ],
  [
    "[data-clear]",
    () =>
      change((params) => {
        for (const key of [...params.keys()]) if (key !== "q" && key !== "lang") params.delete(key);
      }).then(() => $("results-heading").focus()),
  ],
  [
    "[data-page]",
    (target) => {
      const params = state();
      params.set("page", target.dataset.page ?? "1");
      navigate(params).then(() => $("results-heading").focus());
    },
  ],
  [
    "[data-chart-param]",
    (target) =>
      change((params) => {
        const { chartParam = "", chartValue = "" } = target.dataset;
        if (chartParam === "startYear") params.set("startYear", chartValue);
        else toggle(params, chartParam, chartValue, true);
      }),
  ],
  [
    "[data-chart-download]",
    (target) => downloadChart($("charts"), target.dataset.chartDownload ?? "", target.dataset.format ?? "", t()),
  ],
  ["[data-project]", (target) => openProject(target.dataset.project ?? "", target.textContent ?? "")],
  [
    "[data-lang]",
    (target) => {
      const params = state();
      const chosen = target.dataset.lang ?? "fi";
      if (chosen === "fi") params.delete("lang");
      else params.set("lang", chosen);
      navigate(params);
    },
  ],
];

document.addEventListener("click", (event) => {
  for (const [selector, act] of CLICKS) {
    const target = event.target instanceof Element ? event.target.closest(selector) : null;
    // A chart's bar is an SVG element: both kinds carry data-* attributes.
    if (!(target instanceof HTMLElement || target instanceof SVGElement)) continue;
    if (target.tagName === "A") event.preventDefault();
    act(target);
    return;
  }
});
window.addEventListener("popstate", () => render());
render();
