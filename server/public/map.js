// @ts-check
// The tile map: the 19 maakunnat and Ahvenanmaa on a grid that follows the map of Finland,
// shaded by the number of matching projects, each tile a toggle button that filters by its
// region. A tile's accessible name is its visible text (name and count, with the unit for
// screen readers), and names break only after a hyphen, never inside a word.
// Usage: mapEl.innerHTML = mapHtml({ counts, selected, texts, labelOf }); neighbours("Kainuu")

import { escape } from "./format.js";

/** [region, column, row] @type {[string, number, number][]} */
export const TILES = [
  ["Lappi", 3, 0],
  ["Pohjois-Pohjanmaa", 2, 1],
  ["Kainuu", 3, 1],
  ["Keski-Pohjanmaa", 2, 2],
  ["Pohjois-Savo", 3, 2],
  ["Pohjois-Karjala", 4, 2],
  ["Pohjanmaa", 1, 3],
  ["Etelä-Pohjanmaa", 2, 3],
  ["Keski-Suomi", 3, 3],
  ["Etelä-Savo", 4, 3],
  ["Satakunta", 1, 4],
  ["Pirkanmaa", 2, 4],
  ["Päijät-Häme", 3, 4],
  ["Etelä-Karjala", 4, 4],
  ["Ahvenanmaa", 0, 5],
  ["Varsinais-Suomi", 1, 5],
  ["Kanta-Häme", 2, 5],
  ["Uusimaa", 3, 5],
  ["Kymenlaakso", 4, 5],
];
export const WHOLE_COUNTRY = "Koko Suomi";

/**
 * Regions whose tiles touch this region's tile (the region itself included): "nearby" for similar projects.
 * @param {string} region
 */
export function neighbours(region) {
  const tile = TILES.find(([name]) => name === region);
  if (!tile) return [region];
  return TILES.filter(([, col, row]) => Math.abs(col - tile[1]) <= 1 && Math.abs(row - tile[2]) <= 1).map(
    ([name]) => name,
  );
}

/** @param {number} count @param {number} max */
const level = (count, max) => (count === 0 ? 0 : 1 + Math.round((count / max) * 4));

/**
 * @param {{ region: string, label: string, count: number, max: number, selected: boolean,
 *   texts: import("./types.js").Texts, place: string }} tile
 */
function tileHtml({ region, label, count, max, selected, texts, place }) {
  // A break is allowed after each hyphen (<wbr>), so "Pohjois-Pohjanmaa" wraps as "Pohjois-" / "Pohjanmaa".
  const name = label
    .split("-")
    .map((part) => escape(part))
    .join("-<wbr>");
  const unit = texts.projects(count).replace(/^\S+\s/, "");
  return `<button type="button" class="tile level-${level(count, max)} ${place}" data-region="${escape(region)}" aria-pressed="${selected}">
    <span class="tile-name">${name}</span> <span class="tile-count">${count}<span class="visually-hidden"> ${escape(unit)}</span></span></button>`;
}

/**
 * @param {{ counts: Record<string, number>, selected: string[], texts: import("./types.js").Texts,
 *   labelOf: import("./types.js").LabelOf }} map
 */
export function mapHtml({ counts, selected, texts, labelOf }) {
  const max = Math.max(1, ...Object.values(counts));
  /** @param {string} region @param {string} place @param {string} label */
  const tile = (region, place, label) =>
    tileHtml({ region, label, count: counts[region] ?? 0, max, selected: selected.includes(region), texts, place });
  return (
    TILES.map(([region, col, row]) => tile(region, `col-${col} row-${row}`, labelOf("region", region))).join("") +
    tile(WHOLE_COUNTRY, "whole", texts.wholeCountry)
  );
}
