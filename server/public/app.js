// The search page: search-as-you-type against /api/search, facet filters with counts,
// pagination, and the whole state in the URL so that a search can be shared and the
// back button works. Highlights arrive HTML-escaped from the API with <mark> only.

const FACETS = [
  ["region", "regions", "Maakunta"],
  ["funder", "funders", "Rahoittaja"],
  ["targetGroup", "targetGroups", "Kohderyhmä"],
  ["theme", "themes", "Teema"],
  ["organisation", "organisations", "Organisaatio"],
  ["status", "status", "Tila"],
  ["language", "language", "Kieli"],
];
const STATUS_LABELS = { planned: "tulossa", ongoing: "käynnissä", ended: "päättynyt", unknown: "ei tiedossa" };
const LANGUAGE_LABELS = { fi: "suomi", sv: "ruotsi", en: "englanti" };

const form = document.getElementById("search-form");
const input = document.getElementById("q");
const facetsEl = document.getElementById("facets");
const resultsEl = document.getElementById("results");
const summaryEl = document.getElementById("summary");
const pagerEl = document.getElementById("pager");

const text = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
let current = 0;

function stateFromUrl() {
  return new URLSearchParams(location.search);
}

async function run(params, { push } = { push: false }) {
  const query = params.toString();
  if (push) history.pushState(null, "", query ? `/?${query}` : "/");
  input.value = params.get("q") ?? "";
  const ticket = ++current;
  try {
    const response = await fetch(`/api/search?${query}`);
    const body = await response.json();
    if (ticket !== current) return;
    if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
    render(params, body);
  } catch (error) {
    if (ticket !== current) return;
    summaryEl.innerHTML = `<span class="error">Haku epäonnistui: ${text(error.message)}. Yritä hetken päästä uudelleen.</span>`;
  }
}

function render(params, body) {
  summaryEl.textContent = body.total === 0
    ? "Ei osumia. Kokeile toista hakusanaa tai poista rajauksia."
    : `${body.total} hanketta${params.get("q") ? ` haulla ”${params.get("q")}”` : ""}`;
  resultsEl.innerHTML = body.hits.map((hit) => `
    <li class="hit">
      <h2><a href="${text(hit.url)}">${hit.highlight.title}</a></h2>
      <p class="meta">${text([hit.coordinator ?? hit.organisations[0], years(hit), hit.regions.join(", ")].filter(Boolean).join(" · "))}</p>
      <p>${hit.highlight.snippet || hit.highlight.summary}</p>
      <p>${hit.funders.map((f) => `<span class="tag">${text(f)}</span>`).join("")}${hit.url.includes("/sample/") ? '<span class="tag sample">esimerkkiaineisto</span>' : ""}</p>
    </li>`).join("");
  facetsEl.innerHTML = FACETS.map(([param, field, label]) => {
    const selected = params.getAll(param);
    const values = Object.entries(body.facets[field] ?? {});
    for (const value of selected) if (!values.some(([v]) => v === value)) values.push([value, 0]);
    if (values.length === 0) return "";
    return `<fieldset><legend>${label}</legend>${values.slice(0, 12).map(([value, count]) => `
      <label class="facet-value"><input type="checkbox" data-param="${param}" value="${text(value)}" ${selected.includes(value) ? "checked" : ""}>
      <span>${text(param === "status" ? STATUS_LABELS[value] ?? value : param === "language" ? LANGUAGE_LABELS[value] ?? value : value)}</span><span class="count">${count}</span></label>`).join("")}</fieldset>`;
  }).join("");
  const page = body.page;
  pagerEl.innerHTML = body.totalPages > 1
    ? `${page > 1 ? `<button data-page="${page - 1}">Edellinen</button>` : ""}<span>Sivu ${page} / ${body.totalPages}</span>${page < body.totalPages ? `<button data-page="${page + 1}">Seuraava</button>` : ""}`
    : "";
}

function years(hit) {
  if (hit.startYear && hit.endYear) return hit.startYear === hit.endYear ? `${hit.startYear}` : `${hit.startYear}–${hit.endYear}`;
  if (hit.startYear) return `${hit.startYear}–`;
  if (hit.endYear) return `–${hit.endYear}`;
  return "";
}

let typing;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const params = stateFromUrl();
    params.set("q", input.value);
    if (!input.value) params.delete("q");
    params.delete("page");
    run(params, { push: false }).then(() => history.replaceState(null, "", `/?${params}`));
  }, 150);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const params = stateFromUrl();
  if (input.value) params.set("q", input.value); else params.delete("q");
  params.delete("page");
  run(params, { push: true });
});
facetsEl.addEventListener("change", (event) => {
  const box = event.target;
  const params = stateFromUrl();
  const values = params.getAll(box.dataset.param).filter((v) => v !== box.value);
  if (box.checked) values.push(box.value);
  params.delete(box.dataset.param);
  values.forEach((v) => params.append(box.dataset.param, v));
  params.delete("page");
  run(params, { push: true });
});
pagerEl.addEventListener("click", (event) => {
  const page = event.target.dataset?.page;
  if (!page) return;
  const params = stateFromUrl();
  params.set("page", page);
  run(params, { push: true });
  window.scrollTo(0, 0);
});
window.addEventListener("popstate", () => run(stateFromUrl()));
run(stateFromUrl());
