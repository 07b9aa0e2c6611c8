// Relative time phrases ("just now", "5 minutes ago", "yesterday", ...). Pure: no DOM access.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Whole calendar days between two dates in local time (now - then). */
export function calendarDaysBetween(then, now) {
  return Math.round((startOfDay(now) - startOfDay(then)) / (24 * HOUR));
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"} ago`;

/**
 * Phrase describing `then` relative to `now` (both Date).
 * `formatDate` renders dates older than a week (defaults to the locale's date).
 */
export function relativePhrase(then, now = new Date(), formatDate = defaultDate) {
  const t = then.getTime();
  if (Number.isNaN(t)) return "";
  const diff = now.getTime() - t;
  if (diff < -5 * MINUTE) return formatDate(then); // clock skew / future: show the date
  if (diff < MINUTE) return "just now";
  if (diff < HOUR) return plural(Math.floor(diff / MINUTE), "minute");
  const days = calendarDaysBetween(then, now);
  if (days === 0 || diff < 6 * HOUR) return plural(Math.floor(diff / HOUR), "hour");
  if (days === 1) return "yesterday";
  if (days < 7) return `${days} days ago`;
  return formatDate(then);
}

export function defaultDate(date) {
  return date.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}

export function fullDateTime(date) {
  return date.toLocaleString(undefined, { dateStyle: "full", timeStyle: "short" });
}

/** Parse an ISO datetime attribute; returns a Date or null. */
export function parseIso(value) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
