// form[data-confirm] / button[data-confirm]: ask before submitting or clicking.

function stop(evt) {
  evt.preventDefault();
  evt.stopImmediatePropagation();
}

export function installConfirm(doc = document, win = window) {
  // Capture phase so a declined confirm also stops htmx and the live-submit handler.
  doc.addEventListener(
    "click",
    (evt) => {
      const button = evt.target instanceof Element ? evt.target.closest("button[data-confirm]") : null;
      if (!button || button.disabled) return;
      if (!win.confirm(button.dataset.confirm || "Are you sure?")) stop(evt);
      else button.dataset.confirmed = "1"; // the form's own confirm is then skipped
    },
    true,
  );
  doc.addEventListener(
    "submit",
    (evt) => {
      const form = evt.target;
      if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-confirm")) return;
      const submitter = evt.submitter;
      if (submitter?.dataset?.confirmed) {
        delete submitter.dataset.confirmed;
        return;
      }
      if (!win.confirm(form.dataset.confirm || "Are you sure?")) stop(evt);
    },
    true,
  );
}
