// Recall@k, nDCG@k and precision@k (binary relevance) of a ranked list of ids against the judged relevant ones.
/** Relevant pages in the first k, out of all relevant ones, or out of k when there are more (a perfect list scores 1). */
export function recallAt(k: number, ranked: string[], relevant: string[]): number {
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / Math.min(k, relevant.length);
}

export function ndcgAt(k: number, ranked: string[], relevant: string[]): number {
  const wanted = new Set(relevant);
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + (wanted.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = Array.from({ length: Math.min(k, relevant.length) }, (_, i) => 1 / Math.log2(i + 2)).reduce(
    (a, b) => a + b,
    0,
  );
  return dcg / ideal;
}

/** Relevant hits among the first k, out of k (or out of all relevant ones when there are fewer). */
export function precisionAt(k: number, ranked: string[], relevant: string[]): number {
  const wanted = new Set(relevant);
  return ranked.slice(0, k).filter((id) => wanted.has(id)).length / Math.min(k, relevant.length);
}

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
