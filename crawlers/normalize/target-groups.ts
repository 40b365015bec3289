// The groups a project is for, as canonical names (config/target-groups.json): from target
// group facts ("Kohderyhmä", "Projektets målgrupper", "Target groups") and sentences with a
// target cue ("kohderyhmänä ovat", "riktar sig till", "aimed at"); compounds by their head
// ("sosiaalityöntekijät" are staff) and age ranges ("15–29-vuotiaat") by the bands of
// config/cues.json. Pure.
// Usage: targetGroupsOf(targetFacts, sentences, vocabularies)

import type { Cues } from "./cues.js";
import type { Vocabularies } from "../vocabulary.js";
import { unique } from "./text.js";

/** "15–29-vuotiaat nuoret", "young people aged 13–20", "yli 65-vuotiaat": the groups the ages stand for. */
export function ageGroups(text: string, cues: Cues): string[] {
  const groups: string[] = [];
  for (const match of text.matchAll(cues.ageRange)) {
    const { before, over, from, to, after } = match.groups ?? {};
    if ((!before && !after) || from === undefined || (over && to)) continue;
    const start = Number(from);
    const end = to === undefined ? (over ? 120 : start) : Number(to);
    if (end < start || end > 120) continue;
    for (const band of cues.ageBands) {
      const starts = start >= band.startFrom && start <= band.startTo;
      const ends = band.endFrom === undefined || (end >= band.endFrom && end <= (band.endTo ?? 120));
      if (starts && ends) groups.push(band.group);
    }
  }
  return groups;
}

/** Groups named by the head of a compound ("hoitohenkilöstö", "pk-yritykset", "skolpersonal"). */
export function compoundGroups(text: string, cues: Cues): string[] {
  return cues.targetGroupHeads.filter(({ pattern }) => pattern.test(text)).map(({ group }) => group);
}

export function targetGroupsOf(targetFacts: string[], sentences: string[], vocabularies: Vocabularies): string[] {
  const { cues } = vocabularies;
  const text = [
    ...targetFacts,
    ...sentences.filter((sentence) => sentence.length < 400 && cues.targetSentence.test(sentence)),
  ]
    .join("\n")
    .replace(cues.staffOwners, "");
  const found = [...vocabularies.targetGroups.find(text), ...compoundGroups(text, cues), ...ageGroups(text, cues)];
  // Canonical order, as the vocabulary lists the groups.
  return unique(found).sort(
    (a, b) => vocabularies.targetGroups.names.indexOf(a) - vocabularies.targetGroups.names.indexOf(b),
  );
}
