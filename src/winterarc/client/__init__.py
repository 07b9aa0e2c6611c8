"""The learner's client: `winterarc login`, `problems`, `fetch`, `test`, `submit`, ...

It talks to a Winter Arc server over HTTP and WebSocket only and never imports the web
application, the ORM or the curriculum loader, so that its commands start fast."""
