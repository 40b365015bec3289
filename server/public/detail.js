// @ts-check
// The project detail view: every fact of the record (areas, funders with shares, exact dates,
// budget, organisations, target groups, themes, contacts with e-mail links, status, language),
// the description as paragraphs without the page's layout lines, every source with its site and
// fetch time, similar projects, copy-link and print. Pure HTML builders; app.js fetches and wires.
// Usage: detailHtml({ project, texts, lang, labelOf, link }); descriptionBlocks(project)

import { escape, fold, formatDate, formatEuros, period } from "./format.js";
import { neighbours } from "./map.js";

/** @typedef {import("./types.js").ProjectBody} ProjectBody */
/** @typedef {import("./types.js").Texts} Texts */
/**
 * What the detail view is drawn from.
 * @typedef {{ project: ProjectBody, texts: Texts, lang: string, labelOf: import("./types.js").LabelOf }} DetailView
 */
/** @typedef {{ heading: string, text?: undefined } | { text: string, heading?: undefined }} Block */

/** A line reads as a sentence when it ends like one; layout lines (labels, values, headings) do not. */
const SENTENCE_END = /[.!?…:;)”"]$/;
const LABEL_LINE = /^[^.!?:]{1,40}:\s*\S/;
const SHORT_WORDS = 6;

/** @param {ProjectBody} project */
const factTexts = (project) =>
  new Set(
    [
      project.title,
      project.coordinator,
      ...project.organisations,
      ...project.regions,
      ...project.municipalities,
      ...project.funders,
      ...project.targetGroups,
      ...project.themes,
    ]
      .filter(/** @returns {text is string} */ (text) => text !== undefined && text !== "")
      .map((text) => fold(text)),
  );

/**
 * The description as blocks: { heading } for a short line that opens a paragraph, { text } for
 * prose. Dropped: the title again, "Label: value" lines and lone labels or values, which the
 * facts table above already shows.
 * @param {ProjectBody} project
 * @returns {Block[]}
 */
export function descriptionBlocks(project) {
  const facts = factTexts(project);
  const lines = project.description
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  /** @param {string | undefined} line */
  const isProse = (line) => line !== undefined && (SENTENCE_END.test(line) || line.split(/\s+/).length > SHORT_WORDS);
  /** @type {Block[]} */
  const blocks = [];
  lines.forEach((line, i) => {
    if (facts.has(fold(line))) return;
    if (LABEL_LINE.test(line) && !/[.!?]$/.test(line)) return;
    if (isProse(line)) blocks.push({ text: line });
    // A short line with a number is a fact ("Kokonaisbudjetti 450 000 €"), not a heading.
    else if (isProse(lines[i + 1]) && !LABEL_LINE.test(lines[i + 1] ?? "") && !/\d/.test(line))
      blocks.push({ heading: line });
  });
  return blocks;
}

/** @param {string} label @param {string} html */
const row = (label, html) => (html ? `<dt>${escape(label)}</dt><dd>${html}</dd>` : "");
/** @param {string[]} values */
const list = (values) => escape(values.join(", "));

/** @param {DetailView} view */
function fundingHtml({ project, lang, labelOf }) {
  const shares = new Map(project.fundingShares.map((share) => [share.funder, share.percent]));
  const named = project.funders.map((funder) => {
    const percent = shares.get(funder);
    shares.delete(funder);
    return `${escape(labelOf("funder", funder))}${percent !== undefined ? ` ${escape(percent.toLocaleString(lang))} %` : ""}`;
  });
  // A share whose funder is not among the funders (a partner paying its part) is a fact too.
  for (const [funder, percent] of shares) named.push(`${escape(funder)} ${escape(percent.toLocaleString(lang))} %`);
  return named.length > 1
    ? `<ul class="plain">${named.map((item) => `<li>${item}</li>`).join("")}</ul>`
    : named.join("");
}

/** @param {ProjectBody["contacts"][number]} contact */
function contactHtml(contact) {
  const email = contact.email ? `<a href="mailto:${escape(contact.email)}">${escape(contact.email)}</a>` : "";
  const phone = contact.phone
    ? `<a href="tel:${escape(contact.phone.replace(/[^\d+]/g, ""))}">${escape(contact.phone)}</a>`
    : "";
  const who = [contact.name, contact.title, contact.organisation].filter(Boolean).map(escape).join(", ");
  return `<li>${[who, email, phone].filter(Boolean).join(" · ")}</li>`;
}

/** @param {ProjectBody["sources"][number]} source @param {DetailView} view */
function sourceHtml(source, { texts, lang }) {
  return `<li><a href="${escape(source.url)}" rel="noopener">${escape(source.url)}</a>
    <span class="source-meta">${escape(source.site)} · ${escape(texts.fetched(formatDate(lang, source.fetchedAt, true)))}</span></li>`;
}

/** @param {DetailView} view */
export function detailHtml(view) {
  const { project, texts, lang, labelOf } = view;
  /** @param {string} param @param {string[]} values */
  const labels = (param, values) => list(values.map((value) => labelOf(param, value)));
  const organisations = project.organisations.filter((name) => name !== project.coordinator);
  const description = descriptionBlocks(project)
    .map((block) => (block.heading ? `<h4>${escape(block.heading)}</h4>` : `<p>${escape(block.text)}</p>`))
    .join("");
  return `
    <p class="detail-actions no-print">
      <button type="button" class="link" data-back>← ${escape(texts.back)}</button>
      <button type="button" data-copy-link>${escape(texts.copyLink)}</button>
      <button type="button" data-print>${escape(texts.print)}</button>
      <span class="copy-status" role="status"></span>
    </p>
    <h2 id="detail-title">${escape(project.title)}</h2>
    ${project.summary ? `<p class="lead">${escape(project.summary)}</p>` : ""}
    <dl class="facts">
      ${row(texts.coordinator, escape(project.coordinator ?? ""))}
      ${row(texts.organisationsAll, list(organisations))}
      ${row(texts.regions, labels("region", project.regions))}
      ${row(texts.municipalities, list(project.municipalities))}
      ${row(texts.funding, fundingHtml(view))}
      ${row(texts.period, escape(period(lang, project)))}
      ${row(texts.budget, project.budgetEur ? escape(formatEuros(lang, project.budgetEur)) : "")}
      ${row(texts.targetGroups, labels("targetGroup", project.targetGroups))}
      ${row(texts.themes, labels("theme", project.themes))}
      ${row(texts.status, escape(texts.statusValues[project.status] ?? project.status))}
      ${row(texts.languageName, escape(texts.languageValues[project.language] ?? project.language))}
    </dl>
    ${description ? `<h3>${escape(texts.description)}</h3><div class="description">${description}</div>` : ""}
    ${project.contacts.length ? `<h3>${escape(texts.contacts)}</h3><ul class="contacts">${project.contacts.map(contactHtml).join("")}</ul>` : ""}
    <h3>${escape(texts.sources)}</h3>
    <ul class="sources">${project.sources.map((source) => sourceHtml(source, view)).join("")}</ul>
    <section class="similar no-print" aria-labelledby="similar-heading" hidden>
      <h3 id="similar-heading">${escape(texts.similar)}</h3><ul></ul>
    </section>`;
}

/**
 * The query for candidates: projects sharing a theme (or, with none, a target group).
 * @param {ProjectBody} project
 */
export function similarQuery(project) {
  const query = new URLSearchParams({ hitsPerPage: "30" });
  if (project.themes.length) project.themes.forEach((theme) => query.append("theme", theme));
  else project.targetGroups.forEach((group) => query.append("targetGroup", group));
  return query;
}

/**
 * Ranks candidates by shared themes and target groups, then by shared or neighbouring regions.
 * @param {ProjectBody} project
 * @param {import("./types.js").Hit[]} hits
 */
export function rankSimilar(project, hits, limit = 5) {
  const near = new Set(project.regions.flatMap(neighbours));
  /** @param {string[]} a @param {string[]} b */
  const shared = (a, b) => a.filter((value) => b.includes(value)).length;
  return hits
    .filter((hit) => hit.id !== project.id)
    .map((hit) => ({
      hit,
      score:
        2 * shared(hit.themes, project.themes) +
        2 * shared(hit.targetGroups, project.targetGroups) +
        shared(hit.regions, project.regions) +
        (hit.regions.some((region) => near.has(region)) ? 1 : 0),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ hit }) => hit);
}
