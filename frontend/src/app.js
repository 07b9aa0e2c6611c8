// app.js — loaded with <script defer> on every page: htmx 2 plus small page behaviours.
import htmx from "htmx.org";
import { installConfirm } from "./confirm.js";
import { installCsrf } from "./csrf.js";
import { fillTimeZone, installDailyNudge } from "./daily.js";
import { installFilterHistory } from "./filter-history.js";
import { installHtmxErrors } from "./htmx-errors.js";
import { installNavToggle } from "./nav.js";
import { installShortcuts } from "./shortcuts.js";
import { installRelativeTimes } from "./time-elements.js";

// htmx's ESM build does not publish itself; extensions and inline hx-on code expect window.htmx.
window.htmx = htmx;

installCsrf();
installHtmxErrors();
installConfirm();
installFilterHistory();
installNavToggle();
installRelativeTimes();
installShortcuts();
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => {
    fillTimeZone();
    installDailyNudge();
  });
} else {
  fillTimeZone();
  installDailyNudge();
}
