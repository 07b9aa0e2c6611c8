"""What tests share, in one place: tests import from here, never from each other.

app (an app in process), factories (rows and accounts), content (the fixture curriculum),
api and pages (talking to it as an API client or a browser), waiting (for a condition, with a
deadline), pipeline (judging and live events), judge (fixture packages, the sandbox),
processes, services, rabbitmq and nginx (real processes and servers)."""
