"""The learner's commands; cli/main.py registers them by name and imports one only when run."""
