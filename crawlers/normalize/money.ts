// Euro amounts as pages write them ("282 298 euroa", "1 584 000,00 €", "600.000 €", "EUR
// 2,970,000", "1,0 milj. euroa", "EUR 14.3 million", "16,5 Meur") and the project's total budget:
// an amount under a budget label ("Kokonaisbudjetti", "Kustannusarvio", "Total budget") or in
// a sentence with a total-budget cue. A grant alone ("Myönnetty tuki") is not the total. Pure.
// Usage: parseEuros("1,2 milj. euroa") // 1200000; budgetOf(facts, sentences, cues)

import type { Cues } from "./cues.js";

const AMOUNT_BEFORE =
  /(\d{1,3}(?:[ \u00a0.,]\d{3})+(?:,\d{1,2})?|\d+(?:[,.]\d+)?)\s*(milj(?:\.|oonaa|oona)?|miljoner|million|M(?=€|eur)|Meur|M€)?\s*(?:€|euroa|eur\b|euro\b|euros\b)?/i;
const EURO_PATTERN =
  /(\d{1,3}(?:[ \u00a0.,]\d{3})+(?:,\d{1,2})?|\d+(?:[,.]\d+)?)\s*(milj(?:\.|oonaa|oona)?|miljoner|million|Meur|M€)?\s*(€|euroa|eur|euro|euros)(?![\p{L}])|(?:€|EUR)\s*(\d{1,3}(?:[ \u00a0.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[,.]\d+)?)\s*(milj(?:\.|oonaa)?|million)?/iu;

/** The number written with thousands grouped by spaces, dots or commas, and decimals after a comma or dot. */
function numberOf(written: string, millions: boolean): number {
  const compact = written.replace(/[\s\u00a0]/g, "");
  // "1.584.000,00", "1,337,155", "600.000": a separator followed by three digits groups thousands.
  const grouped = /^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$/.test(compact) && !millions;
  const decimals = grouped ? /[.,](\d{1,2})$/.exec(compact) : null;
  const whole = grouped ? compact.replace(/[.,]\d{1,2}$/, "").replace(/[.,]/g, "") : compact.replace(",", ".");
  const value = Number(grouped && decimals ? `${whole}.${decimals[1]}` : whole);
  return millions ? Math.round(value * 1_000_000) : value;
}

export function parseEuros(text: string): number | undefined {
  const match = EURO_PATTERN.exec(text);
  if (!match) return undefined;
  const written = match[1] ?? match[4];
  if (!written) return undefined;
  const value = numberOf(written, Boolean(match[2] ?? match[5]));
  return Number.isFinite(value) && value > 0 ? Math.round(value * 100) / 100 : undefined;
}

/** An amount with no currency, for a value under a budget label ("Kokonaisbudjetti 486 400"). */
function bareAmount(text: string): number | undefined {
  const match = AMOUNT_BEFORE.exec(text);
  if (!match?.[1] || !/\d{3}/.test(match[1].replace(/\D/g, ""))) return undefined;
  const value = numberOf(match[1], Boolean(match[2]));
  return Number.isFinite(value) && value >= 1000 ? value : undefined;
}

/**
 * The total budget: a budget fact's amount, else a sentence that says total (and not only a
 * grant). Amounts on pages are more often grants or programme pools than totals.
 */
export function budgetOf(budgetFacts: string[], sentences: string[], cues: Cues): number | undefined {
  for (const value of budgetFacts) {
    const amount = parseEuros(value) ?? bareAmount(value);
    if (amount !== undefined) return amount;
  }
  for (const sentence of sentences) {
    if (sentence.length > 300 || !cues.totalAmount.test(sentence)) continue;
    const total = cues.totalAmount.exec(sentence);
    const tail = total ? sentence.slice(total.index) : sentence;
    const grantBefore = cues.grantAmount.exec(tail);
    const amount = parseEuros(grantBefore ? tail.slice(0, grantBefore.index) : tail);
    if (amount !== undefined && amount >= 1000) return amount;
  }
  return undefined;
}
