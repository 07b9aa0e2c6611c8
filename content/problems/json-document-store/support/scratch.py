"""A fresh database path for each check (given): the checks call scratch.new_path("shop.db")."""

import os
import tempfile


def new_path(name):
    return os.path.join(tempfile.mkdtemp(prefix="docs-"), name)
