"""Run `presenter import …` in the test process, as the command line would."""

from __future__ import annotations

import argparse

from presenter.commands import import_handout as command


def run(argv: list[str]) -> int:
    """The exit status of `presenter import ARGV`."""
    parser = argparse.ArgumentParser(prog="presenter")
    sub = parser.add_subparsers(dest="command", required=True)
    command.add_parser(sub)
    args = parser.parse_args(["import", *argv])
    code: int = args.run(args)
    return code
