import assert from "node:assert/strict";
import { test } from "node:test";
import { calendarDaysBetween, parseIso, relativePhrase } from "../src/relative-time.js";

const now = new Date(2025, 0, 15, 14, 0, 0); // local time
const ago = (ms) => new Date(now.getTime() - ms);
const fmt = () => "DATE";

test("relative phrases", () => {
  assert.equal(relativePhrase(ago(10_000), now, fmt), "just now");
  assert.equal(relativePhrase(ago(60_000), now, fmt), "1 minute ago");
  assert.equal(relativePhrase(ago(5 * 60_000), now, fmt), "5 minutes ago");
  assert.equal(relativePhrase(ago(3 * 3600_000), now, fmt), "3 hours ago");
  assert.equal(relativePhrase(new Date(2025, 0, 14, 9, 0), now, fmt), "yesterday");
  assert.equal(relativePhrase(new Date(2025, 0, 12, 9, 0), now, fmt), "3 days ago");
  assert.equal(relativePhrase(new Date(2024, 11, 1), now, fmt), "DATE");
  assert.equal(relativePhrase(new Date(now.getTime() + 3600_000), now, fmt), "DATE");
  assert.equal(relativePhrase(new Date(NaN), now, fmt), "");
});

test("calendar days and ISO parsing", () => {
  assert.equal(calendarDaysBetween(new Date(2025, 0, 14, 23, 59), new Date(2025, 0, 15, 0, 1)), 1);
  assert.equal(parseIso("nope"), null);
  assert.equal(parseIso("2025-01-15T10:00:00Z").toISOString(), "2025-01-15T10:00:00.000Z");
});
