// Remembers what was made from a list of inputs, by key, and gives it back while the inputs are
// the very same objects (compared by identity, so it costs nothing to check). The search service
// keeps each request's answer this way: the Meilisearch transport gives back the same parsed
// answer while the engine's text is unchanged (indexer/repeated-answers.ts), and from the same
// answers and request the same hits, counts and labels follow. Bounded, oldest first out.
// Usage: const made = createSameInputs<unknown[], Result>(200);
//        let result = made.get(key, inputs); if (!result) made.set(key, inputs, (result = build(inputs)));

export function createSameInputs<Inputs extends readonly unknown[], Made>(size: number) {
  const known = new Map<string, { inputs: Inputs; made: Made }>();
  return {
    get(key: string, inputs: Inputs): Made | undefined {
      const entry = known.get(key);
      if (!entry || entry.inputs.length !== inputs.length) return undefined;
      return entry.inputs.every((input, i) => input === inputs[i]) ? entry.made : undefined;
    },
    set(key: string, inputs: Inputs, made: Made): void {
      known.delete(key);
      if (known.size >= size) known.delete(known.keys().next().value ?? "");
      known.set(key, { inputs, made });
    },
  };
}
