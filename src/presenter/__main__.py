"""`python -m presenter` runs the command line."""

from presenter.cli import entry

entry()
