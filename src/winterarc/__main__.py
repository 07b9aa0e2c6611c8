from winterarc.cli.main import run

run()
