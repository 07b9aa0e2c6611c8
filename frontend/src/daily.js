// The daily loop in the browser: the sign-up form's time zone, and the "today's drill is
// ready" banner fed by the learner's live channel (/api/v1/me/events).

// input[data-detect-time-zone]: the browser's IANA zone; the server validates it.
export function fillTimeZone(doc = document, intl = Intl) {
  let zone = "";
  try {
    zone = intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch {
    zone = "";
  }
  for (const input of doc.querySelectorAll("input[data-detect-time-zone]")) {
    if (!input.value && zone) input.value = zone;
  }
  return zone;
}

// The banner text for a daily.ready event, or null for any other event.
export function nudgeText(event) {
  if (event?.type !== "daily.ready") return null;
  const count = Number(event.items) || 0;
  const items = count === 1 ? "1 item" : `${count} items`;
  return `Today's drill is ready: ${items}.`;
}

function showNudge(doc, text) {
  const banner = doc.getElementById("daily-nudge");
  if (!banner) return;
  const message = banner.querySelector("[data-nudge-text]");
  if (message) message.textContent = text;
  banner.hidden = false;
}

// body[data-learner-events]: listen while the page is open; reconnect after a drop, slower
// each time, and never while the tab is hidden for long (the server's next midnight tick
// or another tab's first look re-announces a new day anyway).
export function installDailyNudge(doc = document, win = window) {
  const url = doc.body ? doc.body.getAttribute("data-learner-events") : null;
  if (!url || typeof win.WebSocket === "undefined") return;
  let delay = 1000;
  const connect = () => {
    const scheme = win.location.protocol === "https:" ? "wss:" : "ws:";
    let socket;
    try {
      socket = new win.WebSocket(`${scheme}//${win.location.host}${url}`);
    } catch {
      return;
    }
    socket.onopen = () => {
      delay = 1000;
    };
    socket.onmessage = (msg) => {
      let event;
      try {
        event = JSON.parse(msg.data);
      } catch {
        return;
      }
      const text = nudgeText(event);
      if (text) showNudge(doc, text);
    };
    socket.onerror = () => {};
    socket.onclose = () => {
      delay = Math.min(delay * 2, 60_000);
      win.setTimeout(connect, delay);
    };
    win.addEventListener("pagehide", () => {
      socket.onclose = null;
      socket.close();
    });
  };
  connect();
}
