import assert from "node:assert/strict";
import { test } from "node:test";
import { chooseInitialText, clearDraft, draftAction, readDraft, safeStorage, writeDraft } from "../src/drafts.js";

class MemoryStorage {
  constructor() { this.map = new Map(); }
  getItem(k) { return this.map.has(k) ? this.map.get(k) : null; }
  setItem(k, v) { this.map.set(k, String(v)); }
  removeItem(k) { this.map.delete(k); }
}
const throwing = { getItem() { throw new Error("denied"); }, setItem() { throw new Error("quota"); }, removeItem() { throw new Error("denied"); } };

test("safeStorage returns null when storage is missing or throws", () => {
  assert.equal(safeStorage(() => { throw new Error("SecurityError"); }), null);
  assert.equal(safeStorage(() => undefined), null);
  assert.equal(safeStorage(() => throwing), null);
  const ok = new MemoryStorage();
  assert.equal(safeStorage(() => ok), ok);
  assert.equal(ok.map.size, 0);
});

test("chooseInitialText prefers a differing draft", () => {
  assert.deepEqual(chooseInitialText("server", null), { text: "server", restored: false, savedAt: null });
  assert.deepEqual(chooseInitialText("same", { code: "same", savedAt: 1 }), { text: "same", restored: false, savedAt: null });
  assert.deepEqual(chooseInitialText("server", { code: "draft", savedAt: 42 }), { text: "draft", restored: true, savedAt: 42 });
  assert.deepEqual(chooseInitialText("server", { code: "", savedAt: 7 }), { text: "", restored: true, savedAt: 7 });
});

test("readDraft tolerates corrupt or foreign values", () => {
  const s = new MemoryStorage();
  assert.equal(readDraft(s, "k"), null);
  s.setItem("k", "not json");
  assert.equal(readDraft(s, "k"), null);
  s.setItem("k", JSON.stringify({ nope: 1 }));
  assert.equal(readDraft(s, "k"), null);
  s.setItem("k", JSON.stringify({ code: "x", savedAt: 5 }));
  assert.deepEqual(readDraft(s, "k"), { code: "x", savedAt: 5 });
  s.setItem("k", JSON.stringify({ code: "x", savedAt: "2024-01-01T00:00:00Z" }));
  assert.deepEqual(readDraft(s, "k"), { code: "x", savedAt: Date.parse("2024-01-01T00:00:00Z") });
  assert.equal(readDraft(throwing, "k"), null);
  assert.equal(readDraft(null, "k"), null);
});

test("writeDraft saves differing text and removes text equal to the initial one", () => {
  const s = new MemoryStorage();
  assert.equal(draftAction("a", "a"), "remove");
  assert.equal(draftAction("b", "a"), "save");
  assert.equal(writeDraft(s, "k", "edited", "initial", 1000), true);
  assert.deepEqual(JSON.parse(s.getItem("k")), { code: "edited", savedAt: 1000 });
  writeDraft(s, "k", "initial", "initial");
  assert.equal(s.getItem("k"), null);
  assert.equal(writeDraft(throwing, "k", "x", "y"), false);
  assert.equal(writeDraft(null, "k", "x", "y"), false);
  clearDraft(throwing, "k"); // must not throw
});
