// Precision, recall and F1 per field of extracted records against the gold facts: list fields
// as sets, single values as one item each (absent on both sides counts for nothing).
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function countItems(predicted: string[], gold: string[], counts: Counts): void {
  const want = new Set(gold);
  const got = new Set(predicted);
  for (const item of got)
    if (want.has(item)) counts.tp++;
    else counts.fp++;
  for (const item of want) if (!got.has(item)) counts.fn++;
}

export function scores({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  // A field with nothing to find and nothing found is perfect.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
