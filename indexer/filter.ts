// Meilisearch filter values, quoted and escaped so that no value can change the filter's meaning.
// Usage: `regions IN [${values.map(quoteFilterValue).join(", ")}]`

/** A value as a Meilisearch string literal: quotes and backslashes escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
