// editor.js — loaded on the problem and submission pages: CodeMirror 6 editor,
// drafts, live submit with the verdict panel, and live updates on the submission page.
import { createEditor, setEditorText } from "./codemirror-setup.js";
import { h } from "./dom.js";
import { chooseInitialText, readDraft, safeStorage, writeDraft } from "./drafts.js";
import { setVerdictNames } from "./format.js";
import { follow, postSubmission } from "./live.js";
import { initialState, reduce } from "./panel-state.js";
import { fullDateTime, relativePhrase } from "./relative-time.js";
import { VerdictPanel } from "./verdict-panel.js";

const SAVE_DELAY_MS = 500;
const editors = new Map(); // textarea -> {view, textarea}

function showDraftNotice(savedAt) {
  const status = document.querySelector("[data-draft-status]");
  if (!status) return;
  const parts = ["Draft restored"];
  if (savedAt != null) {
    const date = new Date(savedAt);
    const time = h("time", { datetime: date.toISOString(), "data-relative": true, title: fullDateTime(date) }, relativePhrase(date));
    parts.push(" from ", time);
  }
  parts.push(".");
  status.replaceChildren(...parts);
  status.hidden = false;
}

function clearDraftNotice() {
  const status = document.querySelector("[data-draft-status]");
  if (status) status.replaceChildren();
}

function mountEditor(textarea) {
  const storage = safeStorage(() => window.localStorage);
  const key = textarea.dataset.draftKey || "";
  const initialText = textarea.value;
  const choice = chooseInitialText(initialText, readDraft(storage, key));

  let timer = 0;
  let pending = null;
  const flush = () => {
    clearTimeout(timer);
    if (pending != null) writeDraft(storage, key, pending, initialText);
    pending = null;
  };
  const view = createEditor(textarea, {
    doc: choice.text,
    language: textarea.dataset.editor,
    onChange(text) {
      if (!storage || !key) return;
      pending = text;
      clearTimeout(timer);
      timer = setTimeout(flush, SAVE_DELAY_MS);
    },
  });
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });

  // A hidden `required` control blocks requestSubmit(); the live submit checks emptiness itself.
  if (textarea.required) {
    textarea.required = false;
    textarea.dataset.required = "true";
  }
  if (choice.restored) showDraftNotice(choice.savedAt);
  editors.set(textarea, { view, textarea });
}

function editorFor(element) {
  const id = element.dataset.resetStarter;
  for (const entry of editors.values()) if (id && entry.textarea.id === id) return entry;
  const form = element.closest("form");
  // A lab's form holds an editor per file: the one on the open tab.
  for (const entry of editors.values()) {
    if (form && entry.textarea.form === form && !entry.textarea.closest("[hidden]")) return entry;
  }
  for (const entry of editors.values()) if (form && entry.textarea.form === form) return entry;
  return editors.values().next().value || null;
}

function installResetStarter() {
  document.addEventListener("click", (evt) => {
    const button = evt.target instanceof Element ? evt.target.closest("[data-reset-starter]") : null;
    if (!button) return;
    evt.preventDefault();
    const entry = editorFor(button);
    if (!entry) return;
    if (!window.confirm("Replace your code with the starter code? (Undo with Ctrl+Z.)")) return;
    setEditorText(entry.view, entry.textarea.dataset.starter ?? "");
    clearDraftNotice();
    entry.view.focus();
  });
}

function submitButtons(form) {
  return [...form.querySelectorAll("button")].filter((b) => b.type === "submit" && !b.hasAttribute("formaction"));
}

function markSolved() {
  for (const el of document.querySelectorAll("[data-solved-mark]")) el.hidden = false;
  document.dispatchEvent(new CustomEvent("winterarc:solved"));
}

function installLiveSubmit(form) {
  const section = document.getElementById("verdict-panel");
  if (!section) return; // without a panel the form submits normally
  const panel = new VerdictPanel(section);
  let state = initialState();
  let inFlight = false;
  let solvedSignalled = false;

  let disabledByUs = [];
  const setBusy = (busy) => {
    if (busy) {
      // Only touch buttons that are enabled now; a server-disabled button stays disabled.
      disabledByUs = submitButtons(form).filter((b) => !b.disabled);
      for (const button of disabledByUs) button.disabled = true;
    } else {
      for (const button of disabledByUs) button.disabled = false;
      disabledByUs = [];
    }
    form.setAttribute("aria-busy", busy ? "true" : "false");
  };
  const finish = () => {
    inFlight = false;
    setBusy(false);
  };
  const dispatch = (action) => {
    const wasFinal = state.phase === "final";
    state = reduce(state, action);
    panel.render(state);
    if (state.phase === "final") {
      if (!wasFinal) {
        finish();
        // Lets the page refresh what depends on the verdict (the recent submissions list).
        document.dispatchEvent(new CustomEvent("winterarc:judged", { detail: state.final }));
      }
      if (state.final && String(state.final.verdict).toUpperCase() === "AC" && !solvedSignalled) {
        solvedSignalled = true;
        markSolved();
      }
    } else if (state.phase === "error") finish();
  };

  form.addEventListener("submit", async (evt) => {
    evt.preventDefault();
    if (inFlight) return;
    for (const entry of editors.values()) {
      if (entry.textarea.form === form) entry.textarea.value = entry.view.state.doc.toString();
    }
    const code = form.elements.namedItem("code");
    if (code?.dataset?.required && !code.value.trim()) {
      state = initialState();
      dispatch({ type: "failed", message: "Write some code before submitting." });
      return;
    }
    inFlight = true;
    solvedSignalled = false;
    setBusy(true);
    dispatch({ type: "submit" });
    const result = await postSubmission(form);
    if (!result.ok) {
      dispatch({ type: "failed", message: result.message });
      return;
    }
    dispatch({ type: "accepted", ...result.data });
    await follow({ eventsUrl: result.data.events_url, detailUrl: result.data.detail_url, dispatch });
    if (inFlight) finish();
  });
}

function installLiveSubmission(section) {
  const panel = new VerdictPanel(section);
  let state = reduce(initialState(), { type: "queued" });
  const dispatch = (action) => {
    state = reduce(state, action);
    panel.render(state);
  };
  follow({ eventsUrl: section.dataset.eventsUrl, detailUrl: section.dataset.detailUrl, dispatch }).then((detail) => {
    // Reload only once the stored result is final, so the server renders the finished page.
    if (!detail) return;
    // Guard against a reload loop should the page still render as pending.
    const key = `winterarc:reloaded:${section.dataset.detailUrl}`;
    const storage = safeStorage(() => window.sessionStorage);
    let last = 0;
    try {
      last = Number(storage?.getItem(key)) || 0;
      if (storage) storage.setItem(key, String(Date.now()));
    } catch {
      /* ignore */
    }
    if (Date.now() - last > 30_000) window.location.reload();
  });
}

/** A lab's file tabs (WAI-ARIA tabs): without JavaScript every file's editor stays shown. */
function installTabs(list) {
  const tabs = [...list.querySelectorAll('[role="tab"]')];
  if (tabs.length === 0) return;
  const select = (tab, focus) => {
    for (const other of tabs) {
      const on = other === tab;
      other.setAttribute("aria-selected", on ? "true" : "false");
      other.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(other.getAttribute("aria-controls") || "");
      if (panel) panel.hidden = !on;
    }
    // An editor measured while hidden has no size: let CodeMirror measure the shown one.
    for (const entry of editors.values()) {
      if (!entry.textarea.closest("[hidden]")) entry.view.requestMeasure();
    }
    if (focus) tab.focus();
  };
  list.addEventListener("click", (evt) => {
    const tab = evt.target instanceof Element ? evt.target.closest('[role="tab"]') : null;
    if (tab) select(tab, false);
  });
  list.addEventListener("keydown", (evt) => {
    const at = tabs.indexOf(document.activeElement);
    if (at < 0) return;
    const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    if (!(evt.key in moves)) return;
    evt.preventDefault();
    select(tabs[(moves[evt.key] + tabs.length) % tabs.length], true);
  });
  select(tabs.find((tab) => tab.getAttribute("aria-selected") === "true") || tabs[0], false);
}

function readVerdictNames() {
  try {
    return JSON.parse(document.body.dataset.verdictNames || "{}");
  } catch {
    return {};
  }
}

function init() {
  setVerdictNames(readVerdictNames());
  for (const textarea of document.querySelectorAll("textarea[data-editor]")) mountEditor(textarea);
  installResetStarter();
  for (const list of document.querySelectorAll("[data-tabs]")) installTabs(list);
  for (const form of document.querySelectorAll("form[data-live-submit]")) installLiveSubmit(form);
  for (const section of document.querySelectorAll("section[data-live-submission]")) installLiveSubmission(section);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
