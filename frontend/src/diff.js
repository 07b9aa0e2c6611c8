// Line diff (longest common subsequence) between expected and actual output.
// Pure: no DOM access, unit-tested in test/diff.test.js.

/** Split text into lines; a single trailing newline does not make an extra empty line. */
export function splitLines(text) {
  if (text == null || text === "") return [];
  const lines = String(text).replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// Above this many cells the O(n*m) table is too big; fall back to a positional diff.
const MAX_CELLS = 4_000_000;

/**
 * Diff two texts line by line.
 * Returns {expected: [{text, changed}], actual: [{text, changed}]} where `changed`
 * marks lines that are not part of the longest common subsequence
 * (expected-only lines are deletions, actual-only lines are additions).
 */
export function lineDiff(expectedText, actualText) {
  const a = splitLines(expectedText);
  const b = splitLines(actualText);
  const n = a.length;
  const m = b.length;
  const keepA = new Array(n).fill(false);
  const keepB = new Array(m).fill(false);

  // Trim the common prefix and suffix first: cheap and keeps the table small.
  let start = 0;
  while (start < n && start < m && a[start] === b[start]) {
    keepA[start] = keepB[start] = true;
    start++;
  }
  let endA = n;
  let endB = m;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    keepA[endA] = keepB[endB] = true;
  }

  const rows = endA - start;
  const cols = endB - start;
  if (rows > 0 && cols > 0) {
    if (rows * cols > MAX_CELLS) {
      for (let i = 0; i < Math.min(rows, cols); i++) {
        if (a[start + i] === b[start + i]) keepA[start + i] = keepB[start + i] = true;
      }
    } else {
      // table[i][j] = LCS length of a[start+i..endA) and b[start+j..endB)
      const width = cols + 1;
      const table = new Uint32Array((rows + 1) * width);
      for (let i = rows - 1; i >= 0; i--) {
        for (let j = cols - 1; j >= 0; j--) {
          table[i * width + j] =
            a[start + i] === b[start + j]
              ? table[(i + 1) * width + j + 1] + 1
              : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
        }
      }
      let i = 0;
      let j = 0;
      while (i < rows && j < cols) {
        if (a[start + i] === b[start + j]) {
          keepA[start + i] = keepB[start + j] = true;
          i++;
          j++;
        } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
          i++;
        } else {
          j++;
        }
      }
    }
  }

  return {
    expected: a.map((text, i) => ({ text, changed: !keepA[i] })),
    actual: b.map((text, i) => ({ text, changed: !keepB[i] })),
  };
}
