// Show htmx request failures in the request's target element.
import { errorAlert } from "./dom.js";
import { NETWORK_ERROR, problemTextFromBody } from "./format.js";

function messageFor(xhr) {
  if (!xhr?.status) return NETWORK_ERROR;
  const text = problemTextFromBody(xhr.getResponseHeader("Content-Type"), xhr.responseText);
  if (text) return text;
  return `Something went wrong (HTTP ${xhr.status}). Please try again.`;
}

export function installHtmxErrors(doc = document) {
  const show = (evt, network) => {
    const detail = evt.detail || {};
    const target = detail.target || detail.elt || evt.target;
    if (!target || !(target instanceof Element)) return;
    const text = network ? NETWORK_ERROR : messageFor(detail.xhr);
    target.replaceChildren(errorAlert(text));
  };
  doc.addEventListener("htmx:responseError", (evt) => show(evt, false));
  doc.addEventListener("htmx:sendError", (evt) => show(evt, true));
  doc.addEventListener("htmx:timeout", (evt) => show(evt, true));
}
