// Remembers what was made from a list of inputs, by key, and gives it back while the inputs are
// the very same objects (compared by identity, so it costs nothing to check). The search service
// keeps each request's answer this way: the Meilisearch transport gives back the same parsed
// answer while the engine's text is unchanged (indexer/repeated-answers.ts), and from the same
// answers and request the same hits, counts and labels follow. Bounded, least recently used out
// first (lru-cache).
// Usage: const made = createSameInputs<unknown[], Result>(200);
//        let result = made.get(key, inputs); if (!result) made.set(key, inputs, (result = build(inputs)));

import { LRUCache } from "lru-cache";

export function createSameInputs<Inputs extends readonly unknown[], Made>(size: number) {
  const known = new LRUCache<string, { inputs: Inputs; made: Made }>({ max: size });
  return {
    get(key: string, inputs: Inputs): Made | undefined {
      const entry = known.get(key);
      if (!entry || entry.inputs.length !== inputs.length) return undefined;
      return entry.inputs.every((input, i) => input === inputs[i]) ? entry.made : undefined;
    },
    set(key: string, inputs: Inputs, made: Made): void {
      known.set(key, { inputs, made });
    },
  };
}
