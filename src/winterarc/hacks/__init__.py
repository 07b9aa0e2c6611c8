"""Learners' hacks: an input that breaks an accepted solution, found after solving a problem."""
