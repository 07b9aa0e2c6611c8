// Tiny DOM builder: text always goes through textContent, attributes through
// setAttribute (never "style" or on* — the page CSP forbids those).

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      if (name === "style" || name.startsWith("on")) throw new Error(`refusing attribute ${name}`);
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return el;
}

/** `<p class="alert alert-error" role="alert">text</p>` */
export function errorAlert(text) {
  return h("p", { class: "alert alert-error", role: "alert" }, text);
}
