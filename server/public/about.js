// @ts-check
// "About the data": a dialog with the number of projects per source and site, when each source
// was last crawled, what the sample data is and how to propose a new source, from GET /api/stats.
// Usage: aboutHtml(stats, texts, lang)

import { escape, formatDate } from "./format.js";

/** @typedef {import("./types.js").Texts} Texts */

/** @param {import("./types.js").SourceStats} source @param {Texts} texts @param {string} lang */
function sourceRow(source, texts, lang) {
  const crawled = source.lastCrawlAt
    ? `${formatDate(lang, source.lastCrawlAt, true)}${source.lastError ? ` (${texts.aboutFailed})` : ""}`
    : texts.aboutNever;
  return `<tr><th scope="row">${escape(source.name)}${source.description ? `<br><span class="muted">${escape(source.description)}</span>` : ""}${source.sample ? ` <span class="tag sample">${escape(texts.sample)}</span>` : ""}</th>
    <td>${escape(source.sites.join(", ") || "–")}</td><td class="number">${source.projects}</td><td>${escape(crawled)}</td></tr>`;
}

/** @param {import("./types.js").DataStats} stats @param {Texts} texts @param {string} lang */
export function aboutHtml(stats, texts, lang) {
  const unowned = stats.sites.filter((site) => !site.source);
  const siteRows = stats.sites
    .map(
      (site) =>
        `<tr><th scope="row">${escape(site.site)}</th><td>${escape(site.source ?? "–")}</td><td class="number">${site.projects}</td></tr>`,
    )
    .join("");
  return `<p>${escape(texts.aboutIntro(stats.total, stats.sources.length + (unowned.length ? 1 : 0)))}</p>
    <table class="about-sources"><caption>${escape(texts.sources)}</caption>
      <thead><tr><th scope="col">${escape(texts.aboutSource)}</th><th scope="col">${escape(texts.aboutSites)}</th><th scope="col">${escape(texts.aboutProjects)}</th><th scope="col">${escape(texts.aboutLastCrawl)}</th></tr></thead>
      <tbody>${stats.sources.map((source) => sourceRow(source, texts, lang)).join("")}</tbody></table>
    <table class="about-sites"><caption>${escape(texts.aboutSites)}</caption>
      <thead><tr><th scope="col">${escape(texts.aboutSites)}</th><th scope="col">${escape(texts.aboutSource)}</th><th scope="col">${escape(texts.aboutProjects)}</th></tr></thead>
      <tbody>${siteRows}</tbody></table>
    <h3>${escape(texts.aboutSampleTitle)}</h3><p>${escape(texts.aboutSample)}</p>
    <h3>${escape(texts.aboutProposeTitle)}</h3><p>${escape(texts.aboutPropose)} <a href="/bot">${escape(texts.aboutBot)}</a>.</p>
    <p>${escape(texts.aboutApi)} <a href="/api/stats">/api/stats</a></p>`;
}
