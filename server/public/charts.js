// @ts-check
// Charts of the current result set, drawn as plain SVG from the facet counts the search already
// returned (no extra request): projects per start year (columns) and the ten most common funders
// and target groups (bars). Each chart has its numbers in a table, downloads as SVG, PNG and CSV,
// and a click on a bar (or its button in the table) filters the search by that value.
// Usage: chartsEl.innerHTML = chartsHtml(view, width); downloadChart(chartsEl, "funders", "png")

import { escape } from "./format.js";

const TOP = 10;
const FONT = `font-family="system-ui, sans-serif" font-size="13"`;
const BAR = "#1d5a8f";
const INK = "#1b1f23";

/** @typedef {import("./types.js").Texts} Texts */
// A row's name says what its bar counts where the label alone does not ("aloitettu 2019").
/** @typedef {{ value: string, label: string, count: number, name?: string }} ChartRow */
/** @typedef {{ id: string, title: string, param: string, rows: ChartRow[], columns?: boolean }} Chart */

/**
 * The three charts' data: [{ id, title, param, rows: [{ value, label, count }] }].
 * @param {Pick<import("./types.js").View, "body" | "texts" | "labelOf">} view
 * @returns {Chart[]}
 */
export function chartData({ body, texts, labelOf }) {
  /** @param {string} field @param {string} param */
  const top = (field, param) =>
    Object.entries(body.facets[field] ?? {})
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP)
      .map(([value, count]) => ({ value, label: labelOf(param, value), count }));
  // The bars count start years, so a click filters by start year and says so.
  const years = Object.entries(body.startYears ?? {})
    .map(([year, count]) => ({ value: year, label: year, count, name: `${texts.startYear} ${year}` }))
    .sort((a, b) => Number(a.value) - Number(b.value));
  return [
    { id: "years", title: texts.chartYears, param: "startYear", rows: years, columns: true },
    { id: "funders", title: texts.chartFunders, param: "funder", rows: top("funders", "funder") },
    {
      id: "targetGroups",
      title: texts.chartTargetGroups,
      param: "targetGroup",
      rows: top("targetGroups", "targetGroup"),
    },
  ].filter((chart) => chart.rows.length > 0);
}

/** @param {Chart} chart @param {ChartRow} row @param {string} shape */
const bar = (chart, row, shape) =>
  `<g class="bar" data-chart-param="${chart.param}" data-chart-value="${escape(row.value)}">${shape}</g>`;

/** @param {Chart} chart @param {number} width */
function columnsSvg(chart, width) {
  const height = 200;
  const max = Math.max(...chart.rows.map((row) => row.count));
  const step = (width - 20) / chart.rows.length;
  const every = step < 34 ? Math.ceil(34 / step) : 1;
  const bars = chart.rows.map((row, i) => {
    const h = Math.round((row.count / max) * (height - 50));
    const x = 10 + i * step;
    const label =
      i % every === 0
        ? `<text x="${x + step / 2}" y="${height - 8}" text-anchor="middle" fill="${INK}">${escape(row.label)}</text>`
        : "";
    return bar(
      chart,
      row,
      `<title>${escape(`${row.name ?? row.label}: ${row.count}`)}</title><rect x="${x + 2}" y="${height - 28 - h}" width="${Math.max(2, step - 4)}" height="${h}" fill="${BAR}"/>
       <text x="${x + step / 2}" y="${height - 32 - h}" text-anchor="middle" fill="${INK}">${row.count}</text>${label}`,
    );
  });
  return { height, bars };
}

/** @param {Chart} chart @param {number} width */
function barsSvg(chart, width) {
  const rowHeight = 38;
  const max = Math.max(...chart.rows.map((row) => row.count));
  const bars = chart.rows.map((row, i) => {
    const y = i * rowHeight;
    const w = Math.max(2, Math.round((row.count / max) * (width - 50)));
    return bar(
      chart,
      row,
      `<title>${escape(`${row.name ?? row.label}: ${row.count}`)}</title><text x="0" y="${y + 14}" fill="${INK}">${escape(row.label)}</text>
       <rect x="0" y="${y + 19}" width="${w}" height="14" fill="${BAR}"/><text x="${w + 6}" y="${y + 31}" fill="${INK}">${row.count}</text>`,
    );
  });
  return { height: chart.rows.length * rowHeight, bars };
}

/** @param {Chart} chart @param {number} width */
function chartSvg(chart, width) {
  const { height, bars } = chart.columns ? columnsSvg(chart, width) : barsSvg(chart, width);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title-${chart.id}" ${FONT}>
    <rect width="100%" height="100%" fill="#ffffff"/>${bars.join("")}</svg>`;
}

/** @param {Chart} chart @param {Texts} texts */
function tableHtml(chart, texts) {
  const rows = chart.rows
    .map(
      (row) =>
        `<tr><th scope="row">${escape(row.label)}</th><td>${row.count}</td><td><button type="button" class="link" data-chart-param="${chart.param}" data-chart-value="${escape(row.value)}">${escape(texts.chartFilter(row.name ?? row.label))}</button></td></tr>`,
    )
    .join("");
  return `<details class="chart-table"><summary>${escape(texts.chartTable)}</summary>
    <table><caption>${escape(chart.title)}</caption><thead><tr><th scope="col">${escape(texts.chartValue)}</th><th scope="col">${escape(texts.chartCount)}</th><td></td></tr></thead><tbody>${rows}</tbody></table></details>`;
}

/** @param {import("./types.js").View} view @param {number} width */
export function chartsHtml(view, width) {
  return chartData(view)
    .map(
      (chart) => `<figure class="chart" data-chart="${chart.id}">
        <figcaption id="chart-title-${chart.id}">${escape(chart.title)}</figcaption>
        ${chartSvg(chart, width)}
        ${tableHtml(chart, view.texts)}
        <p class="chart-downloads">${["SVG", "PNG", "CSV"].map((format) => `<button type="button" data-chart-download="${chart.id}" data-format="${format.toLowerCase()}">${escape(view.texts.download(format))}</button>`).join(" ")}</p>
      </figure>`,
    )
    .join("");
}

/** @param {Blob} blob @param {string} name */
function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** @param {string} text */
const csvCell = (text) => (/[";\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * Saves one chart as SVG, PNG (drawn from the SVG at twice the size) or CSV.
 * @param {Element} container
 * @param {string} id
 * @param {string} format
 * @param {Texts} texts
 */
export async function downloadChart(container, id, format, texts) {
  const figure = container.querySelector(`[data-chart="${id}"]`);
  const svg = figure?.querySelector("svg");
  if (!figure || !svg) return;
  const name = `hankehaku-${id}.${format}`;
  if (format === "csv") {
    const rows = [...figure.querySelectorAll("tbody tr")].map((tr) =>
      [tr.querySelector("th")?.textContent ?? "", tr.querySelector("td")?.textContent ?? ""].map(csvCell).join(","),
    );
    save(
      new Blob([`${csvCell(texts.chartValue)},${csvCell(texts.chartCount)}\n${rows.join("\n")}\n`], {
        type: "text/csv",
      }),
      name,
    );
    return;
  }
  const source = new XMLSerializer().serializeToString(svg);
  if (format === "svg") {
    save(new Blob([source], { type: "image/svg+xml" }), name);
    return;
  }
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await image.decode();
  const canvas = Object.assign(document.createElement("canvas"), {
    width: svg.width.baseVal.value * 2,
    height: svg.height.baseVal.value * 2,
  });
  const context = canvas.getContext("2d");
  if (!context) return;
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  /** @type {Blob | null} */
  const png = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
  if (png) save(png, name);
}
