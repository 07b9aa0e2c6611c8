// The guestbook page's own script: serve this file at /static/guestbook.js.
