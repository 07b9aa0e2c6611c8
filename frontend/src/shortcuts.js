// Keyboard shortcuts: Ctrl/Cmd+Enter submits form[data-submit-shortcut],
// Ctrl/Cmd+Shift+Enter clicks [data-run-shortcut].

/** Which shortcut a keydown event is: "submit", "run" or null. Pure. */
export function shortcutKind(evt) {
  if (evt.isComposing || evt.keyCode === 229) return null; // IME composition in progress
  if (evt.key !== "Enter" || evt.altKey) return null;
  if (!(evt.ctrlKey || evt.metaKey)) return null;
  return evt.shiftKey ? "run" : "submit";
}

export function installShortcuts(doc = document) {
  doc.addEventListener("keydown", (evt) => {
    const kind = shortcutKind(evt);
    if (!kind || evt.repeat) return;
    if (kind === "submit") {
      const form = doc.querySelector("form[data-submit-shortcut]");
      if (!form) return;
      evt.preventDefault();
      const button = form.querySelector('button[type="submit"]:not([formaction]), button:not([type]):not([formaction])');
      if (button?.disabled) return; // a submission is already in flight
      if (typeof form.requestSubmit === "function") form.requestSubmit();
      else form.dispatchEvent(new Event("submit", { cancelable: true, bubbles: true }));
    } else {
      const target = doc.querySelector("[data-run-shortcut]");
      if (!target || target.disabled) return;
      evt.preventDefault();
      target.click();
    }
  });
}
