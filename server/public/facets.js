// @ts-check
// The facet lists: each facet's values with counts as checkboxes, the selected values pinned
// on top and checked, the eight most common shown until "show all", and a search box for long
// lists that finds a value by any of its words, its abbreviation or its other names ("ESR",
// "kaup", "Nyland"), matching locally against the counts the page already has.
// Usage: facetsHtml(view); valuesHtml(view, param); matchesValue("esr", "Euroopan sosiaalirahasto (ESR)", [])

import { escape, fold } from "./format.js";

/** @typedef {import("./types.js").View} View */

/** [query parameter, facet field] @type {[string, import("./types.js").FacetField][]} */
export const FACETS = [
  ["region", "regions"],
  ["funder", "funders"],
  ["targetGroup", "targetGroups"],
  ["theme", "themes"],
  ["organisation", "organisations"],
  ["status", "status"],
  ["language", "language"],
];
/** @type {Record<string, import("./types.js").FacetField | undefined>} */
export const FIELD_OF = Object.fromEntries(FACETS);
const VISIBLE_VALUES = 8;
/** A typed word this long may match inside a compound word ("rahasto" in "sosiaalirahasto"). */
const INFIX_LENGTH = 4;

/** @param {string} text */
const wordsOf = (text) =>
  fold(text)
    .split(/[^\p{L}\p{N}+]+/u)
    .filter(Boolean);

/**
 * Every typed word must begin a word of the value or one of its names (or, if long, occur inside one).
 * @param {string} query
 * @param {string} value
 * @param {string[]} names
 */
export function matchesValue(query, value, names = []) {
  const typed = wordsOf(query);
  if (typed.length === 0) return true;
  const words = [value, ...names].flatMap(wordsOf);
  return typed.every((part) =>
    words.some((word) => word.startsWith(part) || (part.length >= INFIX_LENGTH && word.includes(part))),
  );
}

/**
 * The rows of one facet: selected values first (even with no matches in this result set), then
 * the others by count; filtered by the facet's search text; cut to eight unless expanded or searched.
 * @param {View} view
 * @param {string} param
 */
function facetRows(view, param) {
  const field = FIELD_OF[param] ?? param;
  const selected = view.params.getAll(param);
  const counts = view.body.facets[field] ?? {};
  const query = view.queries.get(param) ?? "";
  const others = Object.entries(counts).filter(([value]) => !selected.includes(value));
  const matching = others.filter(([value]) =>
    matchesValue(query, value, [view.labelOf(param, value), ...view.names(field, value)]),
  );
  const pinned = selected.map((value) => /** @type {[string, number]} */ ([value, counts[value] ?? 0]));
  const shown = query || view.expanded.has(param) ? matching : matching.slice(0, VISIBLE_VALUES);
  return { pinned, shown, matching, total: others.length + pinned.length, query };
}

/** @param {View} view @param {string} param @param {string} value @param {number} count @param {boolean} checked */
function rowHtml(view, param, value, count, checked) {
  // Every other character is spelt out by its code point, so "Äänekoski" and "Aanekoski" (or a
  // value with a space and one with a hyphen) never share an id and one label never ticks the other.
  const id = `f-${param}-${value.replace(/[^\w-]/g, (char) => `_${char.codePointAt(0)?.toString(16) ?? ""}`)}`;
  return `<li><input type="checkbox" id="${escape(id)}" data-param="${param}" value="${escape(value)}" ${checked ? "checked" : ""}>
    <label for="${escape(id)}"><span class="value-name">${escape(view.labelOf(param, value))}</span> <span class="count">${count}</span></label></li>`;
}

/**
 * The list items and the search status of one facet (re-rendered alone while its search box is typed in).
 * @param {View} view
 * @param {string} param
 */
export function valuesHtml(view, param) {
  const { pinned, shown, matching, query } = facetRows(view, param);
  const items = [
    ...pinned.map(([value, count]) => rowHtml(view, param, value, count, true)),
    ...shown.map(([value, count]) => rowHtml(view, param, value, count, false)),
  ].join("");
  const status = query
    ? matching.length === 0
      ? view.texts.noValueMatch(query)
      : view.texts.valueMatches(matching.length)
    : "";
  return { items, status };
}

/** @param {View} view @param {string} param */
function facetHtml(view, param) {
  const field = FIELD_OF[param];
  if (!field) return "";
  const { total, matching, query } = facetRows(view, param);
  if (total === 0) return "";
  const { items, status } = valuesHtml(view, param);
  const long = total > VISIBLE_VALUES;
  const open = view.expanded.has(param);
  const name = view.texts[field];
  const search = long
    ? `<input type="search" class="facet-search" data-facet-search="${param}" value="${escape(query)}"
        aria-label="${escape(view.texts.findValue(name))}" placeholder="${escape(view.texts.findValue(name))}" aria-describedby="fs-${param}">
       <p class="facet-status" id="fs-${param}" role="status">${escape(status)}</p>`
    : "";
  const more =
    long && !query && matching.length > VISIBLE_VALUES
      ? `<button type="button" class="link" data-expand="${param}" aria-expanded="${open}">${escape(open ? view.texts.showFewer : view.texts.showAll(matching.length))}</button>`
      : "";
  return `<fieldset class="facet" data-facet="${param}"><legend>${escape(name)}</legend>${search}
    <ul class="facet-values">${items}</ul>${more}</fieldset>`;
}

/** @param {View} view */
export const facetsHtml = (view) => FACETS.map(([param]) => facetHtml(view, param)).join("");
