// Renders panel-state.js states into <section id="verdict-panel">. All learner-controlled
// text goes through textContent (dom.js); nothing is parsed as HTML.
import { StyleModule } from "style-mod";
import { lineDiff } from "./diff.js";
import { h, errorAlert } from "./dom.js";
import { formatMemory, formatMs, verdictCode, verdictName } from "./format.js";
import { dataState, showsSampleDiff, statusText } from "./panel-state.js";

// Layout-only defaults with zero specificity (:where), so page CSS always wins.
// Mounted through adoptedStyleSheets (CSP-safe, like CodeMirror's own styles).
const layout = new StyleModule({
  ":where(.sample-diff-sides)": {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(16rem, 100%), 1fr))",
    gap: "0.75rem",
  },
  ":where(.sample-diff pre)": { overflow: "auto", margin: "0", whiteSpace: "pre" },
  ":where(.sample-diff .diff-line)": { display: "block", textDecoration: "none", minHeight: "1.2em" },
  ":where(.sample-diff .diff-del)": { backgroundColor: "color-mix(in srgb, #dc2626 20%, transparent)" },
  ":where(.sample-diff .diff-add)": { backgroundColor: "color-mix(in srgb, #16a34a 20%, transparent)" },
  ":where(.verdict-status[hidden], .verdict-notice[hidden])": { display: "none" },
});

function diffPre(lines, changedTag, changedClass) {
  const pre = h("pre");
  for (const line of lines) {
    pre.append(
      line.changed
        ? h(changedTag, { class: `diff-line ${changedClass}` }, line.text)
        : h("span", { class: "diff-line" }, line.text),
    );
  }
  return pre;
}

/** The failed-sample block: message, input, then expected vs actual with a line diff. */
export function sampleDiff(row) {
  const diff = lineDiff(row.expected ?? "", row.actual ?? "");
  return h(
    "div",
    { class: "sample-diff" },
    row.message ? h("p", { class: "sample-diff-message" }, row.message) : null,
    row.input != null
      ? h("div", { class: "sample-diff-input" }, h("p", { class: "sample-diff-label" }, "Input"), h("pre", null, row.input))
      : null,
    h(
      "div",
      { class: "sample-diff-sides" },
      h(
        "div",
        { class: "sample-diff-side sample-diff-expected" },
        h("p", { class: "sample-diff-label" }, "Expected output"),
        diffPre(diff.expected, "del", "diff-del"),
      ),
      h(
        "div",
        { class: "sample-diff-side sample-diff-actual" },
        h("p", { class: "sample-diff-label" }, "Your output"),
        diffPre(diff.actual, "ins", "diff-add"),
      ),
    ),
  );
}

function cpuTime(ms) {
  const shown = formatMs(ms);
  return shown ? `${shown} CPU` : "";
}

export function verdictBadge(verdict, label) {
  const code = verdictCode(verdict);
  return h("span", { class: `verdict verdict-${code}`, title: verdictName(code) }, label ?? code);
}

function testRow(row) {
  const code = verdictCode(row.verdict);
  const li = h(
    "li",
    { class: "verdict-test", "data-verdict": code },
    h("span", { class: "verdict-test-name" }, row.name),
    " ",
    verdictBadge(code),
    " ",
    // "CPU": beside a TLE, a bare "834 ms" read as the limit; the message names the limit hit.
    h("span", { class: "verdict-test-time" }, cpuTime(row.cpuMs)),
  );
  if (showsSampleDiff(row)) li.append(sampleDiff(row));
  else if (row.message && code !== "AC") li.append(h("p", { class: "verdict-test-message" }, row.message));
  return li;
}

export class VerdictPanel {
  constructor(section) {
    this.section = section;
    this.built = false;
    this.rows = new Map(); // key -> {signature, li}
    StyleModule.mount(section.ownerDocument, layout);
  }

  build() {
    this.status = h("p", { class: "verdict-status" });
    this.notice = h("p", { class: "verdict-notice" });
    this.alert = h("div", { class: "verdict-error" });
    this.finalBox = h("div", { class: "verdict-summary" });
    this.list = h("ol", { class: "verdict-tests" });
    this.links = h("p", { class: "verdict-links" });
    this.section.replaceChildren(this.status, this.notice, this.alert, this.finalBox, this.list, this.links);
    this.built = true;
  }

  render(state) {
    if (!this.built) this.build();
    const section = this.section;
    section.setAttribute("data-state", dataState(state));
    if (state.phase === "final" && state.final) section.setAttribute("data-verdict", verdictCode(state.final.verdict));
    else section.removeAttribute("data-verdict");
    section.setAttribute("aria-busy", dataState(state) === "pending" ? "true" : "false");

    setText(this.status, statusText(state));
    setText(this.notice, state.notice || "");

    const error = state.phase === "error" ? state.error : null;
    if (this.alert.dataset.text !== (error || "")) {
      this.alert.dataset.text = error || "";
      this.alert.replaceChildren(...(error ? [errorAlert(error)] : []));
    }

    this.renderFinal(state);
    this.renderTests(state.tests);

    const url = state.phase === "final" && state.links && state.links.url;
    if (this.links.dataset.url !== (url || "")) {
      this.links.dataset.url = url || "";
      this.links.replaceChildren(...(url ? [h("a", { href: url, class: "verdict-open" }, "Open submission")] : []));
    }
    this.links.hidden = !url;
  }

  renderFinal(state) {
    const f = state.phase === "final" ? state.final : null;
    const signature = f ? JSON.stringify(f) : "";
    if (this.finalBox.dataset.signature === signature) return;
    this.finalBox.dataset.signature = signature;
    if (!f) {
      this.finalBox.replaceChildren();
      this.finalBox.hidden = true;
      return;
    }
    const stats = [cpuTime(f.cpuMs), formatMemory(f.memoryKb)].filter(Boolean).join(" · ");
    this.finalBox.replaceChildren(
      h(
        "p",
        { class: "verdict-final" },
        verdictBadge(f.verdict, verdictName(f.verdict)),
        stats ? " " : null,
        stats ? h("span", { class: "verdict-stats" }, stats) : null,
      ),
      f.message ? h("pre", { class: "verdict-message" }, f.message) : null,
    );
    this.finalBox.hidden = false;
  }

  renderTests(tests) {
    const seen = new Set();
    let index = 0;
    for (const row of tests) {
      seen.add(row.key);
      const signature = JSON.stringify(row);
      let entry = this.rows.get(row.key);
      if (!entry || entry.signature !== signature) {
        const li = testRow(row);
        if (entry) entry.li.replaceWith(li);
        entry = { signature, li };
        this.rows.set(row.key, entry);
      }
      const at = this.list.children[index];
      if (at !== entry.li) this.list.insertBefore(entry.li, at || null);
      index++;
    }
    for (const [key, entry] of this.rows) {
      if (!seen.has(key)) {
        entry.li.remove();
        this.rows.delete(key);
      }
    }
    this.list.hidden = tests.length === 0;
  }
}

function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
  el.hidden = !text;
}
