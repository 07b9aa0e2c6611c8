// CSRF token from <meta name="csrf-token">, sent as X-CSRF-Token on unsafe requests.

export function csrfToken(doc = document) {
  const meta = doc.querySelector('meta[name="csrf-token"]');
  return meta ? meta.getAttribute("content") || "" : "";
}

/** htmx:configRequest — add the header for every non-GET verb. */
export function installCsrf(doc = document) {
  doc.addEventListener("htmx:configRequest", (evt) => {
    const detail = evt.detail;
    if (!detail || String(detail.verb || "get").toLowerCase() === "get") return;
    const token = csrfToken(doc);
    if (token) detail.headers["X-CSRF-Token"] = token;
  });
}
