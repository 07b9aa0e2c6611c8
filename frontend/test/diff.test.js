import assert from "node:assert/strict";
import { test } from "node:test";
import { lineDiff, splitLines } from "../src/diff.js";

const changed = (side) => side.filter((l) => l.changed).map((l) => l.text);

test("splitLines ignores one trailing newline and normalises CRLF", () => {
  assert.deepEqual(splitLines("a\nb\n"), ["a", "b"]);
  assert.deepEqual(splitLines("a\r\nb"), ["a", "b"]);
  assert.deepEqual(splitLines(""), []);
  assert.deepEqual(splitLines(null), []);
  assert.deepEqual(splitLines("a\n\n"), ["a", ""]);
});

test("identical texts have no changes", () => {
  const d = lineDiff("1\n2\n3\n", "1\n2\n3");
  assert.deepEqual(changed(d.expected), []);
  assert.deepEqual(changed(d.actual), []);
});

test("a changed line is a deletion on the left and an addition on the right", () => {
  const d = lineDiff("1\n2\n3\n", "1\n5\n3\n");
  assert.deepEqual(changed(d.expected), ["2"]);
  assert.deepEqual(changed(d.actual), ["5"]);
  assert.equal(d.expected.length, 3);
  assert.equal(d.actual.length, 3);
});

test("insertions and deletions keep the longest common subsequence", () => {
  const d = lineDiff("a\nb\nc\nd\n", "a\nx\nc\nd\ny\n");
  assert.deepEqual(changed(d.expected), ["b"]);
  assert.deepEqual(changed(d.actual), ["x", "y"]);
});

test("LCS prefers the longer match over greedy matching", () => {
  const d = lineDiff("x\na\nb\nc", "a\nb\nc\nx");
  assert.deepEqual(changed(d.expected), ["x"]);
  assert.deepEqual(changed(d.actual), ["x"]);
});

test("empty actual output marks every expected line", () => {
  const d = lineDiff("1\n2\n", "");
  assert.deepEqual(changed(d.expected), ["1", "2"]);
  assert.deepEqual(d.actual, []);
});

test("large inputs fall back without blowing up", () => {
  const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join("\n");
  const b = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `a${i}` : `b${i}`)).join("\n");
  const d = lineDiff(a, b);
  assert.equal(d.expected.length, 3000);
  assert.equal(changed(d.expected).length, 1500);
});
