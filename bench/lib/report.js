// Markdown tables of a bench run, as printed and as pasted into BENCHMARKS.md.
"use strict";

const secondsText = (s) => (s === undefined ? "n/a" : s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const mbText = (m) => (m === undefined ? "n/a" : `${m.median.toFixed(0)} MB`);

function table(header, rows) {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** Cases with their median, min and max time, peak memory and the command measured. */
function casesTable(cases) {
  return table(
    ["case", "median", "min", "max", "CPU (median)", "peak memory", "command"],
    cases.map((c) => [
      c.label,
      secondsText(c.seconds?.median),
      secondsText(c.seconds?.min),
      secondsText(c.seconds?.max),
      secondsText(c.cpuSeconds?.median),
      mbText(c.peakMB),
      c.command ? `\`${c.command}\`` : "",
    ]),
  );
}

function scalingTable(scaling) {
  const labels = scaling[0].cases.map((c) => c.label);
  return table(
    ["users", ...labels.flatMap((l) => [`${l}: median (min–max)`, "CPU", "peak"])],
    scaling.map((point) => [
      point.users.toLocaleString("en"),
      ...labels.flatMap((label) => {
        const c = point.cases.find((x) => x.label === label);
        return [
          `${secondsText(c.seconds.median)} (${secondsText(c.seconds.min)}–${secondsText(c.seconds.max)})`,
          secondsText(c.cpuSeconds?.median),
          mbText(c.peakMB),
        ];
      }),
    ]),
  );
}

function targetsTable(targets) {
  const verdict = (pass) => (pass === undefined ? "not measured" : pass ? "PASS" : "FAIL");
  return table(
    ["target", "limit", "measured", "verdict"],
    targets.map((t) => [t.name, t.limit, t.measured, verdict(t.pass)]),
  );
}

module.exports = { casesTable, scalingTable, targetsTable };
