"""A fresh database path for each check (given): the checks call scratch.new_path("bank.db")."""

import os
import tempfile


def new_path(name):
    return os.path.join(tempfile.mkdtemp(prefix="bank-"), name)
