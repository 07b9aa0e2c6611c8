// Filter forms that push their URL (the problem list): one history entry per distinct search,
// and Back restores the controls as they were, not only the results.

/** The URL an htmx GET of this form asks for, as htmx builds it (every field, in order). */
export function formUrl(form) {
  const action = new URL(
    form.getAttribute("hx-get") || form.action,
    form.ownerDocument.baseURI,
  );
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") params.append(name, value);
  }
  const query = params.toString();
  return action.pathname + (query ? `?${query}` : "");
}

/** Write the controls' live state into attributes: htmx's history snapshot is the DOM's HTML. */
export function freezeControls(root) {
  for (const input of root.querySelectorAll("input")) {
    if (input.type === "checkbox" || input.type === "radio")
      input.toggleAttribute("checked", input.checked);
    else if (input.type !== "hidden") input.setAttribute("value", input.value);
  }
  for (const option of root.querySelectorAll("select option")) {
    option.toggleAttribute("selected", option.selected);
  }
}

export function installFilterHistory(doc = document) {
  // Typing fires `input` (searched after a pause), then leaving the box fires `change` for the
  // same text: the second request would push a second identical entry. Skip what is shown.
  doc.addEventListener("htmx:beforeRequest", (evt) => {
    const form = evt.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("hx-push-url"))
      return;
    // Both sides through URLSearchParams: htmx writes spaces as %20, URLSearchParams as +.
    const query = new URLSearchParams(doc.location.search).toString();
    const here = doc.location.pathname + (query ? `?${query}` : "");
    if (formUrl(form) === here) evt.preventDefault();
  });
  doc.addEventListener("htmx:beforeHistorySave", () => {
    for (const form of doc.querySelectorAll("form[hx-push-url]"))
      freezeControls(form);
  });
}
