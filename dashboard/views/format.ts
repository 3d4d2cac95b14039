/** Number and date formatting shared by the table, the chart and the admin panel. */

/** 0.9123 → "91.2%" */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** 0.30412 → "0.304" */
export function decimal(value: number): string {
  return value.toFixed(3);
}

/** 16125 → "4h 28m"; 312 → "5m 12s" */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return `${h}h ${String(m).padStart(2, "0")}m`;
  return `${m}m ${String(s % 60).padStart(2, "0")}s`;
}

/** "2024-09-02T08:14:05Z" → "2024-09-02 08:14 UTC" (fixed zone, so pages do not depend on the server's locale). */
export function utcTimestamp(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}
