// CodeMirror 6 editor construction: extensions, keymaps and a theme driven by the
// page's CSS variables (--bg, --fg, --muted, --surface, --border, --accent, --code-bg).
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { SQLite, sql } from "@codemirror/lang-sql";
import {
  HighlightStyle,
  bracketMatching,
  foldGutter,
  foldKeymap,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { Compartment, EditorState, Prec } from "@codemirror/state";
import {
  EditorView,
  crosshairCursor,
  drawSelection,
  dropCursor,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
} from "@codemirror/view";
import { tags as t } from "@lezer/highlight";

// Token colours are mixed with the page's foreground colour, so they darken on a light
// background and lighten on a dark one. Each can be overridden with a --tok-* variable.
const tok = (name, hue, amount = 70) => `var(--tok-${name}, color-mix(in srgb, ${hue} ${amount}%, var(--fg, #222)))`;

const highlightStyle = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.definitionKeyword, t.moduleKeyword], color: tok("keyword", "#a21caf") },
  { tag: [t.string, t.special(t.string), t.regexp], color: tok("string", "#15803d") },
  { tag: [t.number, t.bool, t.null, t.atom], color: tok("number", "#c2410c") },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--tok-comment, var(--muted, #777))", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.definition(t.variableName))], color: tok("function", "#1d4ed8") },
  { tag: [t.definition(t.variableName), t.definition(t.propertyName)], color: tok("definition", "#0e7490", 60) },
  { tag: [t.className, t.typeName, t.namespace], color: tok("type", "#b45309") },
  { tag: [t.standard(t.variableName), t.self], color: tok("builtin", "#7c3aed", 60) },
  { tag: [t.propertyName, t.attributeName], color: tok("property", "#0369a1", 55) },
  { tag: [t.operator, t.punctuation, t.bracket], color: "var(--tok-punctuation, var(--fg, #222))" },
  { tag: t.invalid, color: "var(--tok-invalid, #dc2626)", textDecoration: "underline wavy" },
  { tag: t.strong, fontWeight: "bold" },
  { tag: t.emphasis, fontStyle: "italic" },
]);

const accentMix = (pct) => `color-mix(in srgb, var(--accent, #2563eb) ${pct}%, transparent)`;
const fgMix = (pct) => `color-mix(in srgb, var(--fg, #222) ${pct}%, transparent)`;

const LINES = 18;
const LINE_HEIGHT = 1.5;

const themeSpec = {
  "&": {
    color: "var(--fg)",
    backgroundColor: "var(--code-bg, var(--surface))",
    border: "1px solid var(--border)",
    borderRadius: "6px",
    width: "100%",
    fontSize: "0.95rem",
  },
  "&.cm-focused": { outline: "2px solid var(--accent)", outlineOffset: "1px" },
  ".cm-scroller": {
    fontFamily: "var(--font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace)",
    lineHeight: String(LINE_HEIGHT),
    minHeight: `calc(${LINES * LINE_HEIGHT}em + 8px)`,
  },
  ".cm-content": { caretColor: "var(--fg)", padding: "4px 0" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--fg)", borderLeftWidth: "2px" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
    { backgroundColor: accentMix(28) },
  ".cm-activeLine": { backgroundColor: fgMix(6) },
  ".cm-activeLineGutter": { backgroundColor: fgMix(8), color: "var(--fg)" },
  ".cm-gutters": {
    backgroundColor: "var(--code-bg, var(--surface))",
    color: "var(--muted)",
    borderRight: "1px solid var(--border)",
    borderTopLeftRadius: "6px",
    borderBottomLeftRadius: "6px",
  },
  ".cm-lineNumbers .cm-gutterElement": { padding: "0 8px 0 12px" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: accentMix(25), outline: `1px solid ${accentMix(60)}` },
  "&.cm-focused .cm-nonmatchingBracket": { backgroundColor: "color-mix(in srgb, #dc2626 30%, transparent)" },
  ".cm-selectionMatch": { backgroundColor: accentMix(15) },
  ".cm-searchMatch": { backgroundColor: "color-mix(in srgb, #eab308 35%, transparent)", outline: `1px solid ${fgMix(30)}` },
  ".cm-searchMatch.cm-searchMatch-selected": { backgroundColor: accentMix(40) },
  ".cm-panels": { backgroundColor: "var(--surface)", color: "var(--fg)" },
  ".cm-panels.cm-panels-top": { borderBottom: "1px solid var(--border)" },
  ".cm-panels.cm-panels-bottom": { borderTop: "1px solid var(--border)" },
  ".cm-panel input, .cm-panel button": { color: "inherit", font: "inherit" },
  ".cm-textfield": { backgroundColor: "var(--bg)", border: "1px solid var(--border)", color: "var(--fg)" },
  ".cm-button": { backgroundImage: "none", backgroundColor: "var(--surface)", border: "1px solid var(--border)", color: "var(--fg)" },
  ".cm-tooltip": { backgroundColor: "var(--surface)", color: "var(--fg)", border: "1px solid var(--border)" },
  ".cm-tooltip-autocomplete > ul > li[aria-selected]": { backgroundColor: "var(--accent)", color: "var(--bg)" },
  ".cm-foldPlaceholder": { backgroundColor: "var(--surface)", border: "1px solid var(--border)", color: "var(--muted)" },
};

/** Is the page currently dark? Honours <html data-theme="dark|light"> and the OS setting. */
export function pageIsDark(win = window) {
  const theme = win.document.documentElement.dataset.theme;
  if (theme === "dark") return true;
  if (theme === "light") return false;
  return Boolean(win.matchMedia?.("(prefers-color-scheme: dark)").matches);
}

function languageFor(name) {
  if (name === "sql") return [sql({ dialect: SQLite, upperCaseKeywords: true }), indentUnit.of("    ")];
  // A lab's other files (Dockerfile, YAML, INI): plain text, two-space indents as YAML wants.
  if (name === "text") return [indentUnit.of("  ")];
  return [python(), indentUnit.of("    ")];
}

/**
 * Create an EditorView after `textarea`, hide the textarea and keep it in sync.
 * `onChange(text)` is called after every document change.
 */
export function createEditor(textarea, { doc, language, onChange }) {
  const darkCompartment = new Compartment();
  const attrs = { "aria-label": textarea.getAttribute("aria-label") || "Code editor" };
  const describedBy = textarea.getAttribute("aria-describedby");
  if (describedBy) attrs["aria-describedby"] = describedBy;

  const sync = EditorView.updateListener.of((update) => {
    if (!update.docChanged) return;
    const text = update.state.doc.toString();
    textarea.value = text;
    if (onChange) onChange(text);
  });

  // Ctrl/Cmd+Enter would insert a blank line; the page-level shortcut (app.js) submits instead.
  const swallow = () => true;
  const shortcutKeys = Prec.highest(
    keymap.of([
      { key: "Mod-Enter", run: swallow },
      { key: "Shift-Mod-Enter", run: swallow },
    ]),
  );

  const state = EditorState.create({
    doc,
    extensions: [
      shortcutKeys,
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      foldGutter(),
      drawSelection(),
      dropCursor(),
      EditorState.allowMultipleSelections.of(true),
      EditorState.tabSize.of(4),
      indentOnInput(),
      syntaxHighlighting(highlightStyle),
      bracketMatching(),
      closeBrackets(),
      autocompletion(),
      rectangularSelection(),
      crosshairCursor(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      keymap.of([
        ...closeBracketsKeymap,
        ...defaultKeymap,
        ...searchKeymap,
        ...historyKeymap,
        ...foldKeymap,
        ...completionKeymap,
        indentWithTab,
      ]),
      languageFor(language),
      EditorView.theme(themeSpec),
      darkCompartment.of(EditorView.darkTheme.of(pageIsDark())),
      EditorView.contentAttributes.of(attrs),
      sync,
    ],
  });

  const view = new EditorView({ state });
  textarea.after(view.dom);
  textarea.value = doc;
  textarea.hidden = true;

  // Follow OS theme changes (affects CodeMirror's built-in light/dark base styles).
  if (window.matchMedia) {
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const refresh = () => view.dispatch({ effects: darkCompartment.reconfigure(EditorView.darkTheme.of(pageIsDark())) });
    if (media.addEventListener) media.addEventListener("change", refresh);
    new MutationObserver(refresh).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  }

  // A <label for="code"> should focus the editor, not the hidden textarea.
  if (textarea.id) {
    for (const label of document.querySelectorAll(`label[for="${CSS.escape(textarea.id)}"]`)) {
      label.addEventListener("click", (evt) => {
        evt.preventDefault();
        view.focus();
      });
    }
  }
  return view;
}

/** Replace the whole document (e.g. reset to starter code); keeps undo history. */
export function setEditorText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
