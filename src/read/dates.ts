// Reference dates declared by documents themselves (Markdown front matter,
// HTML meta): an ISO date, or the date part of an ISO timestamp.

/** "2025-03-19", "2025-03-19T10:00:00-05:00", "'2025-03-19 10:00'" → "2025-03-19"; anything else → null. */
export function isoDatePart(value: string): string | null {
  const m = /^\s*["']?(\d{4})-(\d{2})-(\d{2})(?=$|["'\s]|[Tt ]\d)/u.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
