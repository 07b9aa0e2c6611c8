"""Every `winterarc` command by name, importing none of them (see cli/main.py)."""

from __future__ import annotations

# The learner's client (winterarc.client, parsed with argparse for a quick start).
LEARNER = {
    "login": "Log in through your browser (a device code).",
    "logout": "End this login and forget its tokens.",
    "whoami": "The account you are logged in as.",
    "problems": "The problems on the server, with filters.",
    "show": "A problem's statement in the terminal.",
    "fetch": "A folder with statement, samples and starter.",
    "test": "Judge your solution on the samples, locally.",
    "submit": "Submit and follow the verdict live.",
    "daily": "Today's drill.",
    "progress": "Your solved problems and the roadmap.",
}

# Running and curating a platform (Typer): name -> ("module:attribute", one-line help).
PLATFORM = {
    "serve": ("winterarc.cli.serve:serve", "Run the API server (and its judge workers)."),
    "worker": ("winterarc.cli.worker:worker", "Run a judge worker."),
    "db": ("winterarc.cli.db:app", "Database schema migrations."),
    "user": ("winterarc.cli.user:app", "Manage accounts."),
    "judge": ("winterarc.cli.judge:judge", "Judge a solution locally against a package."),
    "problem": ("winterarc.cli.problem:app", "Check problem packages."),
    "content": ("winterarc.cli.content:app", "Load the curriculum into the database."),
    "lab-runtime": ("winterarc.cli.lab_runtime:app", "Build or show the lab runtime."),
    "backup": ("winterarc.cli.backup:backup", "Back up the database to a file."),
    "restore": ("winterarc.cli.backup:restore", "Restore the database from a backup file."),
}
