// The project's name: a labelled name ("Hankkeen nimi: X", "Toimintamallin nimi", "Projektets
// namn", "Project name") wins over the page's heading, which may be a site banner; otherwise the
// heading the extractor chose. Pure.
// Usage: titleOf(titleFacts, page.title)

import { cleanText } from "../extract.js";

export function titleOf(titleFacts: string[], heading: string): string {
  const labelled = titleFacts.map((value) => cleanText(value.replace(/^[„”"“']+|[„”"“']+$/g, ""))).find(Boolean);
  return labelled && labelled.length <= 250 ? labelled : heading;
}
