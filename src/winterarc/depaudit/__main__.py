from winterarc.depaudit.cli import run

run()
