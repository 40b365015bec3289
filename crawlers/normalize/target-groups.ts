// The groups a project is for, as canonical names (config/target-groups.json): from target
// group facts ("Kohderyhmä", "Projektets målgrupper", "Target groups") and sentences with a
// target cue ("kohderyhmänä ovat", "riktar sig till", "aimed at"); compounds by their head
// ("sosiaalityöntekijät" are staff) and age ranges ("15–29-vuotiaat") by the bands of
// config/cues.json. Pure.
// Usage: targetGroupsOf(targetFacts, sentences, vocabularies)

import type { Cues } from "./cues.js";
import type { Vocabularies } from "../vocabulary.js";
import { allMatches, holdsHint, unique } from "./text.js";

/** "15–29-vuotiaat nuoret", "young people aged 13–20", "yli 65-vuotiaat": the groups the ages stand for. */
export function ageGroups(text: string, cues: Cues): string[] {
  const groups: string[] = [];
  for (const match of allMatches(text, cues.ageRange)) {
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
  const lower = text.toLowerCase();
  return cues.targetGroupHeads
    .filter(({ pattern, hints }) => holdsHint(lower, hints) && pattern.test(text))
    .map(({ group }) => group);
}

const BULLET = /^\s*[•·▪*–-]\s*/;

/** Sentences with a target cue, and the list items under one that ends with a colon ("Projektets målgrupper:"). */
export function targetLines(sentences: string[], cues: Cues): string[] {
  const lines: string[] = [];
  // After "Kohderyhmänä ovat:", the list's items: bullets, or short lines (<li> items lose their bullet).
  let list: "open" | "bullets" | "lines" | undefined;
  for (const sentence of sentences) {
    const bullet = BULLET.test(sentence);
    const item = sentence.length < 80 && !/[.:!?]$/.test(sentence.trim());
    if (
      (list === "open" && (bullet || item)) ||
      (list === "bullets" && bullet) ||
      (list === "lines" && item && !bullet)
    ) {
      if (list === "open") list = bullet ? "bullets" : "lines";
      lines.push(sentence);
      continue;
    }
    const cued = cues.targetSentence.test(sentence);
    if (cued) lines.push(sentence);
    list = cued && sentence.trim().endsWith(":") ? "open" : undefined;
  }
  return lines;
}

/**
 * A run of letters, digits, hyphens, commas and spaces: what a match of staffOwners and its
 * look-arounds read, so no match spans two runs, and a run matches as it does inside the text.
 * The pattern is slow (each genitive chain is tried from each of its words): it is run only on
 * the runs that hold a staff word.
 */
const STAFF_RUN = /[\p{L}\d\s,-]+/gu;

const withoutStaffOwners = (run: string, cues: Cues) =>
  cues.mayHoldStaff(run) ? run.replace(cues.staffOwners, "") : run;

/** The groups a text names: vocabulary, compound heads and age ranges. */
function groupsIn(text: string, vocabularies: Vocabularies): string[] {
  const { cues } = vocabularies;
  const cleaned = cues.mayHoldStaff(text) ? text.replace(STAFF_RUN, (run) => withoutStaffOwners(run, cues)) : text;
  return [...vocabularies.targetGroups.find(cleaned), ...compoundGroups(cleaned, cues), ...ageGroups(cleaned, cues)];
}

/**
 * The groups named where the page says whom the project is for: target group facts and target
 * sentences; and people (not organisations or staff) in the title ("… ikäihmisten aktivointi")
 * and in sentences of purpose ("tavoitteena on tukea …", "syftet är", "aims to").
 */
export function targetGroupsOf(
  targetFacts: string[],
  sentences: string[],
  vocabularies: Vocabularies,
  title = "",
): string[] {
  const { cues } = vocabularies;
  const short = sentences.filter((sentence) => sentence.length < 400);
  const stated = groupsIn([...targetFacts, ...targetLines(short, cues)].join("\n"), vocabularies);
  const aims = groupsIn([title, ...short.filter((s) => cues.purposeSentence.test(s))].join("\n"), vocabularies).filter(
    (group) => !cues.purposeOnlyPeople.includes(group),
  );
  const found = unique([...stated, ...aims]);
  const kept = found.filter(
    (group) => !(cues.subsumedGroups[group] ?? []).some((specific) => found.includes(specific)),
  );
  // Canonical order, as the vocabulary lists the groups.
  return kept.sort((a, b) => vocabularies.targetGroups.names.indexOf(a) - vocabularies.targetGroups.names.indexOf(b));
}
