// Following a submission: WebSocket events first, polling the JSON detail as a fallback.
import { csrfToken } from "./csrf.js";
import { NETWORK_ERROR, problemTextFromBody } from "./format.js";

const POLL_MS = 1000;
const MAX_POLLS = 15 * 60; // give up after ~15 minutes
const SILENCE_MS = 45_000; // the server sends heartbeats; this much silence means a dead socket

/** ws:/wss: URL for a same-origin path. Pure. */
export function webSocketUrl(path, location) {
  const url = new URL(path, location.href);
  url.protocol = location.protocol === "https:" ? "wss:" : "ws:";
  return url.href;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchDetail(detailUrl) {
  const res = await fetch(detailUrl, {
    headers: { Accept: "application/json" },
    credentials: "same-origin",
    cache: "no-store",
  });
  if (!res.ok) {
    const err = new Error(`HTTP ${res.status}`);
    err.status = res.status;
    throw err;
  }
  return res.json();
}

/** Poll the detail until status is "done"; resolves with the detail, or null after maxPolls. */
export async function pollUntilDone(detailUrl, { maxPolls = MAX_POLLS, interval = POLL_MS } = {}) {
  for (let i = 0; i < maxPolls; i++) {
    try {
      const detail = await fetchDetail(detailUrl);
      if (detail && detail.status === "done") return detail;
    } catch (err) {
      if (err.status && err.status >= 400 && err.status < 500 && err.status !== 429) throw err;
    }
    await sleep(interval);
  }
  return null;
}

/**
 * Follow a submission until it is final. `dispatch(action)` receives every WebSocket event
 * and finally {type:"detail", detail}. Resolves with the final detail (or null when it could
 * only be learned from the event stream).
 */
export function follow({ eventsUrl, detailUrl, dispatch }) {
  return new Promise((resolve) => {
    let finalSeen = false;
    let settled = false;
    let socket = null;
    let watchdog = 0;

    const settle = async (afterFinalEvent) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      if (socket) {
        socket.onclose = socket.onerror = socket.onmessage = null;
        try {
          socket.close();
        } catch {
          /* ignore */
        }
      }
      if (!afterFinalEvent) dispatch({ type: "disconnected" });
      let detail = null;
      try {
        // After a final event the detail should be done at once; allow a short race window.
        detail = await pollUntilDone(detailUrl, afterFinalEvent ? { maxPolls: 10 } : {});
      } catch (err) {
        if (!afterFinalEvent) dispatch({ type: "failed", message: `Could not load the result (${err.message}).` });
      }
      if (detail) dispatch({ type: "detail", detail });
      else if (!afterFinalEvent) {
        dispatch({ type: "failed", message: "Still waiting for the judge — open the submission page later to see the result." });
      }
      resolve(detail);
    };

    const armWatchdog = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => settle(false), SILENCE_MS);
    };

    if (!eventsUrl || typeof WebSocket === "undefined") {
      settle(false);
      return;
    }
    try {
      socket = new WebSocket(webSocketUrl(eventsUrl, window.location));
    } catch {
      settle(false);
      return;
    }
    armWatchdog();
    socket.onmessage = (msg) => {
      armWatchdog();
      let event;
      try {
        event = JSON.parse(msg.data);
      } catch {
        return;
      }
      if (!event || typeof event.type !== "string") return;
      if (event.type === "final") {
        finalSeen = true;
        dispatch(event);
        settle(true);
        return;
      }
      dispatch(event);
    };
    socket.onerror = () => {};
    socket.onclose = () => settle(finalSeen);
    window.addEventListener("pagehide", () => {
      if (socket && !settled) socket.close();
    });
  });
}

/**
 * POST the form. Resolves with {ok: true, data} for a 202 JSON answer, else {ok: false, message}.
 */
export async function postSubmission(form) {
  let res;
  try {
    res = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json", "X-CSRF-Token": csrfToken() },
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, message: NETWORK_ERROR };
  }
  const type = res.headers.get("Content-Type") || "";
  let body = "";
  try {
    body = await res.text();
  } catch {
    return { ok: false, message: NETWORK_ERROR };
  }
  if (!res.ok) {
    const text = problemTextFromBody(type, body);
    return { ok: false, message: text || `Submission failed (HTTP ${res.status}). Please try again.` };
  }
  try {
    const data = JSON.parse(body);
    if (data && (data.events_url || data.detail_url)) return { ok: true, data };
  } catch {
    /* fall through */
  }
  return { ok: false, message: `Unexpected response from the server (HTTP ${res.status}). Try reloading the page.` };
}
