// Towns named by their people: Finnish inhabitant words are the town's stem and "-lainen" /
// "-läinen" in any case form ("hankasalmelaisille nuorille", "oululaiset", "lahtelaisten"), so a
// page that says whom it serves by their town places the project there. Lower-case words only,
// or a capital at a sentence's start: a capitalised one elsewhere is a surname ("Kemiläinen").
// Pure: the municipality names and endings in, a finder out.
// Usage: const demonyms = createDemonyms(names, json); demonyms.townsIn("oululaisille") // ["Oulu"]

export interface DemonymsFile {
  /** The endings after the town's stem, written with back vowels ("lainen"); front-vowel twins are made here. */
  endings: string[];
}

export interface Demonyms {
  /** The municipalities whose inhabitants the text names, in order of first appearance. */
  townsIn(text: string): string[];
}

/** The stems an inhabitant word builds on: the name ("oulu-"), a final i as e ("lahte-", "hankasalme-"), -nen as -s ("kuhmois-"). */
const stemsOf = (name: string): string[] => {
  const lower = name.toLowerCase();
  return [lower, lower.replace(/([^aeiouyäö])i$/, "$1e"), lower.replace(/nen$/, "s")];
};

export function createDemonyms(names: string[], file: DemonymsFile): Demonyms {
  const byStem = new Map<string, string>();
  for (const name of names) for (const stem of stemsOf(name)) if (!byStem.has(stem)) byStem.set(stem, name);
  const endings = file.endings.flatMap((ending) => [ending, ending.replace(/a/g, "ä")]);
  const source = endings.map((ending) => ending.replace(/\*$/, "\\p{Ll}*")).join("|");
  const word = new RegExp(`(?<![\\p{L}\\d-])(\\p{L}[\\p{Ll}-]*?)(?:${source})(?![\\p{L}\\d])`, "gu");
  const hint = /l[aä]i[ns]/;
  return {
    townsIn(text) {
      if (!hint.test(text)) return [];
      const towns: string[] = [];
      for (const match of text.matchAll(word)) {
        const stem = match[1] ?? "";
        const capital = stem.charAt(0) !== stem.charAt(0).toLowerCase();
        if (capital && !/(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(0, match.index))) continue;
        const town = byStem.get(stem.toLowerCase());
        if (town && !towns.includes(town)) towns.push(town);
      }
      return towns;
    },
  };
}
