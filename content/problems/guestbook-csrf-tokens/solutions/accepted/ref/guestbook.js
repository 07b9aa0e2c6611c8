// The character counter under the message box. It lives in a file of its own because the
// Content Security Policy runs no inline script: an injected one would not run either.
const message = document.getElementById("message");
if (message) {
  message.addEventListener("input", () => {
    document.getElementById("counter").textContent = 500 - message.value.length;
  });
}
