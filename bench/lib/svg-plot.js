// The scaling plot: wall time, CPU time and peak memory against users, one line per case, drawn as SVG from
// the bench's own figures (medians, with min-max bars), with the limits as dashed lines.
"use strict";

const PANEL = { width: 440, height: 300, left: 60, right: 20, top: 40, bottom: 50 };
const COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"];

const escapeXml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** Round tick steps (1, 2, 5 × 10^n) giving about five ticks up to max. */
function ticks(max) {
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  const values = [];
  for (let v = 0; v <= max + step / 2; v += step) values.push(Number(v.toPrecision(12)));
  return values;
}

function axes(x, y, xTicks, yTicks, { xLabel, yLabel, title }) {
  const { width, height, left, right, top, bottom } = PANEL;
  const parts = [
    `<text x="${(left + width - right) / 2}" y="22" text-anchor="middle" font-weight="bold">${escapeXml(title)}</text>`,
    `<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="#333"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${height - bottom}" stroke="#333"/>`,
    `<text x="${(left + width - right) / 2}" y="${height - 10}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(16 ${(top + height - bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`,
  ];
  for (const t of xTicks) {
    parts.push(`<text x="${x(t)}" y="${height - bottom + 16}" text-anchor="middle">${t.toLocaleString("en")}</text>`);
  }
  for (const t of yTicks) {
    parts.push(`<line x1="${left}" y1="${y(t)}" x2="${width - right}" y2="${y(t)}" stroke="#eee"/>`);
    parts.push(`<text x="${left - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`);
  }
  return parts;
}

/**
 * One panel. series: [{ label, points: [{ users, median, min, max }] }]; limit: { value, label }.
 */
function panel(series, { title, yLabel, limit }) {
  const { width, height, left, right, top, bottom } = PANEL;
  const maxUsers = Math.max(...series.flatMap((s) => s.points.map((p) => p.users)));
  const maxValue = Math.max(limit?.value ?? 0, ...series.flatMap((s) => s.points.map((p) => p.max)));
  const xTicks = ticks(maxUsers);
  const yTicks = ticks(maxValue * 1.05);
  const x = (users) => left + (users / xTicks[xTicks.length - 1]) * (width - left - right);
  const y = (value) => height - bottom - (value / yTicks[yTicks.length - 1]) * (height - top - bottom);
  const parts = axes(x, y, xTicks, yTicks, { xLabel: "users", yLabel, title });
  if (limit) {
    parts.push(
      `<line x1="${left}" y1="${y(limit.value)}" x2="${width - right}" y2="${y(limit.value)}" stroke="#d62728" stroke-dasharray="6 4"/>`,
      `<text x="${width - right}" y="${y(limit.value) - 5}" text-anchor="end" fill="#d62728">${escapeXml(limit.label)}</text>`,
    );
  }
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const line = s.points.map((p) => `${x(p.users).toFixed(1)},${y(p.median).toFixed(1)}`).join(" ");
    parts.push(`<polyline points="${line}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const p of s.points) {
      parts.push(`<line x1="${x(p.users)}" y1="${y(p.min)}" x2="${x(p.users)}" y2="${y(p.max)}" stroke="${color}"/>`);
      parts.push(`<circle cx="${x(p.users)}" cy="${y(p.median)}" r="3" fill="${color}"/>`);
    }
  });
  return parts.join("\n");
}

function legend(labels, y) {
  return labels
    .map(
      (label, i) =>
        `<rect x="${60 + i * 400}" y="${y - 10}" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/>` +
        `<text x="${78 + i * 400}" y="${y}">${escapeXml(label)}</text>`,
    )
    .join("\n");
}

/** scaling: [{ users, cases: [{ label, seconds, peakMB }] }] as the bench returns it. */
function scalingSvg(scaling, caption) {
  const labels = scaling[0].cases.map((c) => c.label);
  const seriesOf = (metric) =>
    labels.map((label) => ({
      label,
      points: scaling
        .map((point) => ({ users: point.users, figure: point.cases.find((c) => c.label === label)?.[metric] }))
        .filter((p) => p.figure)
        .map((p) => ({ users: p.users, ...p.figure })),
    }));
  const width = PANEL.width * 3;
  const height = PANEL.height + 60;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    panel(seriesOf("seconds"), {
      title: "wall time (median, min-max)",
      yLabel: "seconds",
      limit: { value: 2, label: "target at 10,000 users: 2 s" },
    }),
    `<g transform="translate(${PANEL.width} 0)">`,
    panel(seriesOf("cpuSeconds"), { title: "CPU time, user + system (median, min-max)", yLabel: "seconds" }),
    "</g>",
    `<g transform="translate(${PANEL.width * 2} 0)">`,
    panel(seriesOf("peakMB"), {
      title: "peak memory, RSS (median, min-max)",
      yLabel: "MB",
      limit: { value: 400, label: "target at 10,000 users: 400 MB" },
    }),
    "</g>",
    legend(labels, PANEL.height + 20),
    `<text x="60" y="${PANEL.height + 48}" fill="#555">${escapeXml(caption)}</text>`,
    "</svg>",
    "",
  ].join("\n");
}

module.exports = { scalingSvg };
