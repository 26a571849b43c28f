"""`python -m api` runs the `samverkan` command line."""

from api.cli import main

main()
