// The groups a project is for, as canonical names (config/target-groups.json): from target
// group facts ("Kohderyhmä", "Projektets målgrupper", "Target groups") and sentences with a
// target cue ("kohderyhmänä ovat", "riktar sig till", "aimed at"). Pure.
// Usage: targetGroupsOf(targetFacts, sentences, vocabularies)

import type { Vocabularies } from "../vocabulary.js";

export function targetGroupsOf(targetFacts: string[], sentences: string[], vocabularies: Vocabularies): string[] {
  const { cues } = vocabularies;
  return vocabularies.targetGroups.find(
    [
      ...targetFacts,
      ...sentences.filter((sentence) => sentence.length < 400 && cues.targetSentence.test(sentence)),
    ].join("\n"),
  );
}
