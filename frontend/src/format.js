// Small pure formatting helpers shared by the verdict panel. No DOM access.

// The judge's verdict names come from the server (base.html puts them on <body
// data-verdict-names>, from Verdict.label), so the browser never keeps a copy that can drift.
let verdictNames = new Map();

/** Use these {code: name} verdict names from now on. */
export function setVerdictNames(names) {
  verdictNames = new Map(Object.entries(names ?? {}));
}

/** Normalise a verdict code to one of the known codes (unknown → "IE"). */
export function verdictCode(verdict) {
  const code = String(verdict ?? "").toUpperCase();
  return verdictNames.has(code) ? code : "IE";
}

export function verdictName(verdict) {
  const code = verdictCode(verdict);
  return verdictNames.get(code) ?? code;
}

export function formatMs(ms) {
  if (ms == null || !Number.isFinite(Number(ms))) return "";
  return `${Math.round(Number(ms))} ms`;
}

export function formatMemory(kb) {
  if (kb == null || !Number.isFinite(Number(kb))) return "";
  const value = Number(kb);
  if (value >= 1024 * 1024) return `${(value / (1024 * 1024)).toFixed(1)} GB`;
  if (value >= 1024) return `${(value / 1024).toFixed(1)} MB`;
  return `${Math.round(value)} KB`;
}

/**
 * Turn an RFC 9457 problem document into one line of text: "title — detail".
 * Returns null when the body is not a usable problem object.
 */
export function problemText(problem) {
  if (!problem || typeof problem !== "object") return null;
  const title = typeof problem.title === "string" ? problem.title.trim() : "";
  const detail = typeof problem.detail === "string" ? problem.detail.trim() : "";
  if (title && detail) return `${title} — ${detail}`;
  return title || detail || null;
}

/** True when a Content-Type header value denotes application/problem+json. */
export function isProblemJson(contentType) {
  return /^\s*application\/problem\+json\s*(;|$)/i.test(contentType || "");
}

/** Parse a problem+json body safely; returns the text line or null. */
export function problemTextFromBody(contentType, body) {
  if (!isProblemJson(contentType)) return null;
  try {
    return problemText(JSON.parse(body));
  } catch {
    return null;
  }
}

export const NETWORK_ERROR = "Network error — check your connection and try again.";
