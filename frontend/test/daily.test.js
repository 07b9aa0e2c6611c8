import assert from "node:assert/strict";
import { test } from "node:test";
import { fillTimeZone, nudgeText } from "../src/daily.js";

test("the nudge names the drill's size and ignores other events", () => {
  assert.equal(
    nudgeText({ type: "daily.ready", day: "2026-12-07", items: 4 }),
    "Today's drill is ready: 4 items.",
  );
  assert.equal(
    nudgeText({ type: "daily.ready", items: 1 }),
    "Today's drill is ready: 1 item.",
  );
  assert.equal(nudgeText({ type: "final" }), null);
  assert.equal(nudgeText(null), null);
});

test("the time zone field takes the browser's zone, and keeps a value already there", () => {
  const empty = { value: "" };
  const filled = { value: "Asia/Tokyo" };
  const doc = { querySelectorAll: () => [empty, filled] };
  const intl = {
    DateTimeFormat: () => ({
      resolvedOptions: () => ({ timeZone: "America/Los_Angeles" }),
    }),
  };
  assert.equal(fillTimeZone(doc, intl), "America/Los_Angeles");
  assert.equal(empty.value, "America/Los_Angeles");
  assert.equal(filled.value, "Asia/Tokyo");
});

test("a browser without Intl leaves the field empty (the server then keeps UTC)", () => {
  const field = { value: "" };
  const doc = { querySelectorAll: () => [field] };
  const intl = {
    DateTimeFormat: () => {
      throw new Error("no Intl");
    },
  };
  assert.equal(fillTimeZone(doc, intl), "");
  assert.equal(field.value, "");
});
