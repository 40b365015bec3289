// Facet values in the interface's language: the API answers each search with `labels`
// (canonical Finnish value -> name in the requested language, from config/thesaurus.json);
// this store keeps them per language so cards, chips, facet lists, the map and the detail
// view print "Nyland" or "carers" while URLs and filters keep the canonical values.
// Usage: import { createLabels } from "./labels.js"; const labels = createLabels(); labels.remember("sv", body.labels); labels.label("sv", "regions", "Uusimaa")

export function createLabels() {
  const byLanguage = new Map();
  const store = (lang) => {
    if (!byLanguage.has(lang)) byLanguage.set(lang, {});
    return byLanguage.get(lang);
  };
  return {
    remember(lang, labels) {
      const known = store(lang);
      for (const [field, names] of Object.entries(labels ?? {})) known[field] = { ...known[field], ...names };
    },
    label(lang, field, value) {
      return store(lang)[field]?.[value] ?? value;
    },
    /** Loads the names of every facet value once per language (a detail view opened from a link). */
    async ensure(lang) {
      if (store(lang).complete) return;
      const response = await fetch(`/api/search?hitsPerPage=1&lang=${encodeURIComponent(lang)}`);
      if (!response.ok) return;
      this.remember(lang, (await response.json()).labels);
      store(lang).complete = true;
    },
  };
}
