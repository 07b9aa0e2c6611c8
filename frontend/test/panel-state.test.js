import assert from "node:assert/strict";
import { test } from "node:test";
import { dataState, initialState, reduce, showsSampleDiff, statusText } from "../src/panel-state.js";

const run = (...actions) => actions.reduce(reduce, initialState());
const testEvent = (over) => ({
  type: "test", attempt: 1, seq: 1, done: 1, total: 3, name: "sample 1", verdict: "AC",
  sample: true, cpu_ms: 12, message: "", ...over,
});

test("idle → submitting → queued → running status lines", () => {
  let s = initialState();
  assert.equal(dataState(s), "idle");
  assert.equal(statusText(s), "");
  s = reduce(s, { type: "submit" });
  assert.equal(dataState(s), "pending");
  assert.equal(statusText(s), "Submitting…");
  s = reduce(s, { type: "accepted", id: "x", url: "/submissions/x", events_url: "/e", detail_url: "/d" });
  assert.equal(statusText(s), "Queued…");
  assert.deepEqual(s.links, { url: "/submissions/x", eventsUrl: "/e", detailUrl: "/d" });
  s = reduce(s, { type: "queued" });
  assert.equal(statusText(s), "Queued…");
  s = reduce(s, { type: "running", attempt: 1 });
  assert.equal(statusText(s), "Running…");
  assert.equal(reduce(s, { type: "heartbeat" }), s);
});

test("test events add rows and progress", () => {
  const s = run({ type: "submit" }, { type: "running", attempt: 1 }, testEvent({}), testEvent({ seq: 2, done: 2, verdict: "WA", name: "sample 2" }));
  assert.equal(s.tests.length, 2);
  assert.equal(statusText(s), "Test 3 of 3…");
  assert.deepEqual(s.tests.map((t) => t.verdict), ["AC", "WA"]);
  assert.equal(s.tests[0].cpuMs, 12);
});

test("a new attempt clears the rows", () => {
  let s = run({ type: "running", attempt: 1 }, testEvent({}), testEvent({ seq: 2, done: 2 }));
  s = reduce(s, { type: "running", attempt: 2 });
  assert.equal(s.tests.length, 0);
  assert.equal(s.attempt, 2);
  s = reduce(s, testEvent({ attempt: 2 }));
  assert.equal(s.tests.length, 1);
  // A test event of a newer attempt without a running event also restarts.
  s = reduce(s, testEvent({ attempt: 3, seq: 1, name: "again" }));
  assert.deepEqual(s.tests.map((t) => t.name), ["again"]);
  // Stale events from older attempts are ignored.
  assert.equal(reduce(s, testEvent({ attempt: 2, seq: 5 })), s);
});

test("final sets verdict and ignores later stream events", () => {
  let s = run({ type: "running", attempt: 1 }, testEvent({}));
  s = reduce(s, { type: "final", status: "done", verdict: "WA", message: "m", cpu_ms: 30, memory_kb: 2048 });
  assert.equal(dataState(s), "final");
  assert.deepEqual(s.final, { verdict: "WA", message: "m", cpuMs: 30, memoryKb: 2048 });
  assert.equal(statusText(s), "");
  assert.equal(reduce(s, testEvent({ seq: 9 })), s);
});

test("detail re-renders tests authoritatively once done", () => {
  let s = run({ type: "running", attempt: 1 }, testEvent({ name: "from event" }));
  const notDone = reduce(s, { type: "detail", detail: { status: "running", tests: [] } });
  assert.equal(notDone, s);
  s = reduce(s, {
    type: "detail",
    detail: {
      status: "done", verdict: "AC", message: "", cpu_ms: 5, memory_kb: 100,
      tests: [
        { ordinal: 2, name: "hidden", verdict: "AC", cpu_ms: 3, sample: false },
        { ordinal: 1, name: "sample", verdict: "AC", cpu_ms: 2, sample: true, input: "1", expected: "2", actual: "2" },
      ],
    },
  });
  assert.equal(s.phase, "final");
  assert.equal(s.authoritative, true);
  assert.deepEqual(s.tests.map((t) => t.name), ["sample", "hidden"]);
  assert.equal(s.final.verdict, "AC");
});

test("errors and disconnects", () => {
  let s = run({ type: "submit" }, { type: "failed", message: "Too many requests — slow down" });
  assert.equal(dataState(s), "error");
  assert.equal(s.error, "Too many requests — slow down");
  s = run({ type: "submit" }, { type: "running", attempt: 1 }, { type: "disconnected" });
  assert.match(s.notice, /Connection lost/);
  assert.equal(dataState(s), "pending");
});

test("only failed sample tests show a diff", () => {
  assert.equal(showsSampleDiff({ sample: true, verdict: "WA" }), true);
  assert.equal(showsSampleDiff({ sample: true, verdict: "AC" }), false);
  assert.equal(showsSampleDiff({ sample: false, verdict: "WA" }), false);
});
