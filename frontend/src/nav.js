// Mobile navigation toggle: [data-nav-toggle] controls #site-nav (aria-controls).

function navFor(button, doc) {
  return doc.getElementById(button.getAttribute("aria-controls") || "site-nav");
}

function setOpen(button, nav, open) {
  button.setAttribute("aria-expanded", open ? "true" : "false");
  if (open) nav.setAttribute("data-open", "");
  else nav.removeAttribute("data-open");
}

export function installNavToggle(doc = document) {
  // The stylesheet collapses the phone menu only under html.js: without JavaScript it stays open.
  doc.documentElement.classList.add("js");
  doc.addEventListener("click", (evt) => {
    const button = evt.target instanceof Element ? evt.target.closest("[data-nav-toggle]") : null;
    if (!button) return;
    const nav = navFor(button, doc);
    if (!nav) return;
    setOpen(button, nav, button.getAttribute("aria-expanded") !== "true");
  });
  doc.addEventListener("keydown", (evt) => {
    if (evt.key !== "Escape") return;
    for (const button of doc.querySelectorAll('[data-nav-toggle][aria-expanded="true"]')) {
      const nav = navFor(button, doc);
      if (!nav) continue;
      setOpen(button, nav, false);
      if (nav.contains(doc.activeElement)) button.focus();
    }
  });
}
