// Verdict panel state: a pure reducer from submission events to what the panel shows.
// No DOM access; rendering lives in verdict-panel.js. Unit-tested in test/panel-state.test.js.

export const PHASES = Object.freeze(["idle", "submitting", "queued", "running", "final", "error"]);

export function initialState() {
  return {
    phase: "idle",
    attempt: 0,
    done: 0,
    total: 0,
    tests: [],
    final: null,
    links: null,
    error: null,
    notice: null,
    authoritative: false,
  };
}

const str = (v) => (v == null ? null : String(v));
const num = (v) => (v == null || v === "" || !Number.isFinite(Number(v)) ? null : Number(v));

function rowFromEvent(ev) {
  return {
    key: num(ev.seq) ?? num(ev.done) ?? 0,
    name: str(ev.name) ?? `Test ${ev.seq ?? ""}`.trim(),
    verdict: str(ev.verdict) ?? "",
    cpuMs: num(ev.cpu_ms),
    sample: Boolean(ev.sample),
    message: str(ev.message) ?? "",
    input: str(ev.input),
    expected: str(ev.expected),
    actual: str(ev.actual),
  };
}

function rowFromDetail(test, index) {
  return {
    key: num(test.ordinal) ?? index + 1,
    name: str(test.name) ?? `Test ${test.ordinal ?? index + 1}`,
    verdict: str(test.verdict) ?? "",
    cpuMs: num(test.cpu_ms),
    sample: Boolean(test.sample),
    message: str(test.message) ?? "",
    input: str(test.input),
    expected: str(test.expected),
    actual: str(test.actual),
  };
}

function finalFrom(source) {
  return {
    verdict: str(source.verdict) ?? "IE",
    message: str(source.message) ?? "",
    cpuMs: num(source.cpu_ms),
    memoryKb: num(source.memory_kb),
  };
}

/** Reduce one action (a WebSocket event or a local action) into a new state. */
export function reduce(state, action) {
  if (!action || typeof action.type !== "string") return state;
  const terminal = state.phase === "final";
  switch (action.type) {
    case "submit":
      return { ...initialState(), phase: "submitting" };
    case "accepted":
      return {
        ...state,
        phase: "queued",
        error: null,
        links: {
          url: str(action.url),
          eventsUrl: str(action.events_url),
          detailUrl: str(action.detail_url),
        },
      };
    case "failed":
      return { ...state, phase: "error", error: str(action.message) ?? "Something went wrong." };
    case "queued":
      if (terminal) return state;
      return { ...state, phase: "queued" };
    case "heartbeat":
      return state;
    case "running": {
      if (terminal) return state;
      const attempt = num(action.attempt);
      if (attempt != null && attempt !== state.attempt && state.attempt !== 0) {
        // Redelivered: the run restarts from scratch.
        return { ...state, phase: "running", attempt, done: 0, total: 0, tests: [] };
      }
      return { ...state, phase: "running", attempt: attempt ?? state.attempt };
    }
    case "test": {
      if (terminal) return state;
      const attempt = num(action.attempt) ?? state.attempt;
      if (attempt < state.attempt) return state; // stale event from an earlier attempt
      const base = attempt !== state.attempt ? [] : state.tests;
      const row = rowFromEvent(action);
      const tests = base.filter((t) => t.key !== row.key).concat(row);
      tests.sort((x, y) => x.key - y.key);
      return {
        ...state,
        phase: "running",
        attempt,
        done: num(action.done) ?? tests.length,
        total: num(action.total) ?? state.total,
        tests,
      };
    }
    case "final":
      return { ...state, phase: "final", final: finalFrom(action), notice: null };
    case "disconnected":
      if (terminal) return state;
      return { ...state, notice: "Connection lost — checking for the result…" };
    case "detail": {
      const detail = action.detail;
      if (!detail || typeof detail !== "object") return state;
      const done = detail.status == null ? terminal : detail.status === "done";
      if (!done) return state;
      const tests = Array.isArray(detail.tests) ? detail.tests.map(rowFromDetail) : state.tests;
      tests.sort((x, y) => x.key - y.key);
      return {
        ...state,
        phase: "final",
        final: finalFrom(detail),
        tests,
        done: tests.length,
        total: tests.length,
        notice: null,
        authoritative: true,
      };
    }
    default:
      return state;
  }
}

/** Value for the panel's data-state attribute. */
export function dataState(state) {
  switch (state.phase) {
    case "submitting":
    case "queued":
    case "running":
      return "pending";
    case "final":
      return "final";
    case "error":
      return "error";
    default:
      return "idle";
  }
}

/** The one-line progress status ("" when there is nothing in flight). */
export function statusText(state) {
  switch (state.phase) {
    case "submitting":
      return "Submitting…";
    case "queued":
      return "Queued…";
    case "running":
      if (state.total > 0) return `Test ${Math.min(state.done + 1, state.total)} of ${state.total}…`;
      return "Running…";
    default:
      return "";
  }
}

/** A failed sample test shows its input and an expected/actual diff. */
export function showsSampleDiff(row) {
  return Boolean(row.sample) && String(row.verdict).toUpperCase() !== "AC";
}
