// @ts-check
// Facet values in the interface's language: the API answers each search with `labels`
// (canonical Finnish value -> name in the requested language, from config/thesaurus.json);
// this store keeps them per language so cards, chips, facet lists, the map and the detail
// view print "Nyland" or "carers" while URLs and filters keep the canonical values.
// Usage: import { createLabels } from "./labels.js"; const labels = createLabels(); labels.remember("sv", body.labels); labels.label("sv", "regions", "Uusimaa")

/** @typedef {Record<string, Record<string, string>>} FacetLabels facet field -> canonical value -> name */

export function createLabels() {
  /** @type {Map<string, { names: FacetLabels, complete: boolean }>} */
  const byLanguage = new Map();
  /** @param {string} lang */
  const store = (lang) => {
    let known = byLanguage.get(lang);
    if (!known) byLanguage.set(lang, (known = { names: {}, complete: false }));
    return known;
  };
  /**
   * @param {string} lang
   * @param {FacetLabels | undefined} labels
   */
  const remember = (lang, labels) => {
    const { names } = store(lang);
    for (const [field, fieldNames] of Object.entries(labels ?? {})) names[field] = { ...names[field], ...fieldNames };
  };
  return {
    remember,
    /**
     * @param {string} lang
     * @param {string} field
     * @param {string} value
     */
    label(lang, field, value) {
      return store(lang).names[field]?.[value] ?? value;
    },
    /**
     * Loads the names of every facet value once per language (a detail view opened from a link).
     * @param {string} lang
     */
    async ensure(lang) {
      if (store(lang).complete) return;
      const response = await fetch(`/api/search?hitsPerPage=1&lang=${encodeURIComponent(lang)}`);
      if (!response.ok) return;
      /** @type {{ labels?: FacetLabels }} */
      const body = await response.json();
      remember(lang, body.labels);
      store(lang).complete = true;
    },
  };
}
