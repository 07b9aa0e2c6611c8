import assert from "node:assert/strict";
import { test } from "node:test";
import {
  formatMemory,
  formatMs,
  isProblemJson,
  problemTextFromBody,
  setVerdictNames,
  verdictCode,
  verdictName,
} from "../src/format.js";
import { webSocketUrl } from "../src/live.js";
import { shortcutKind } from "../src/shortcuts.js";

test("verdict names are the ones the page gives", () => {
  setVerdictNames({ AC: "Accepted", TLE: "Time Limit Exceeded", IE: "Internal Error" });
  assert.equal(verdictName("AC"), "Accepted");
  assert.equal(verdictName("tle"), "Time Limit Exceeded");
  assert.equal(verdictCode("???"), "IE");
  assert.equal(verdictName("???"), "Internal Error");
});

test("number formatting", () => {
  assert.equal(formatMs(12.4), "12 ms");
  assert.equal(formatMs(null), "");
  assert.equal(formatMemory(512), "512 KB");
  assert.equal(formatMemory(2048), "2.0 MB");
});

test("problem+json parsing", () => {
  assert.equal(isProblemJson("application/problem+json; charset=utf-8"), true);
  assert.equal(isProblemJson("application/json"), false);
  const body = JSON.stringify({ title: "Too large", detail: "Max 64 KiB", status: 413 });
  assert.equal(problemTextFromBody("application/problem+json", body), "Too large — Max 64 KiB");
  assert.equal(problemTextFromBody("application/problem+json", JSON.stringify({ title: "Nope" })), "Nope");
  assert.equal(problemTextFromBody("application/problem+json", "{bad"), null);
  assert.equal(problemTextFromBody("text/html", body), null);
});

test("webSocketUrl follows the page scheme", () => {
  assert.equal(webSocketUrl("/api/v1/submissions/1/events", new URL("https://w.example/p")), "wss://w.example/api/v1/submissions/1/events");
  assert.equal(webSocketUrl("/e", new URL("http://localhost:8000/x")), "ws://localhost:8000/e");
});

test("shortcutKind", () => {
  const k = (o) => shortcutKind({ key: "Enter", ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, keyCode: 13, ...o });
  assert.equal(k({ ctrlKey: true }), "submit");
  assert.equal(k({ metaKey: true }), "submit");
  assert.equal(k({ ctrlKey: true, shiftKey: true }), "run");
  assert.equal(k({}), null);
  assert.equal(k({ ctrlKey: true, isComposing: true }), null);
  assert.equal(k({ ctrlKey: true, keyCode: 229 }), null);
  assert.equal(k({ key: "a", ctrlKey: true }), null);
});
