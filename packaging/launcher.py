"""The bundle's entry point: the same command line as the `presenter` console script."""

from presenter.cli import entry

entry()
