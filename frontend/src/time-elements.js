// time[data-relative]: show a relative phrase and put the full local date-time in the title.
import { fullDateTime, parseIso, relativePhrase } from "./relative-time.js";

export function updateRelativeTimes(root = document, now = new Date()) {
  const nodes = [];
  if (root instanceof Element && root.matches("time[data-relative]")) nodes.push(root);
  if (root.querySelectorAll) nodes.push(...root.querySelectorAll("time[data-relative]"));
  for (const el of nodes) {
    const date = parseIso(el.getAttribute("datetime"));
    if (!date) continue;
    const phrase = relativePhrase(date, now);
    if (el.textContent !== phrase) el.textContent = phrase;
    const title = fullDateTime(date);
    if (el.getAttribute("title") !== title) el.setAttribute("title", title);
  }
}

export function installRelativeTimes(doc = document) {
  const run = (evt) => updateRelativeTimes(evt && evt.target instanceof Element ? evt.target : doc);
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", () => run());
  else run();
  doc.addEventListener("htmx:load", run);
  doc.addEventListener("htmx:afterSwap", run);
  // Keep "5 minutes ago" honest on long-lived pages.
  setInterval(() => {
    if (doc.visibilityState !== "hidden") updateRelativeTimes(doc);
  }, 60_000);
}
