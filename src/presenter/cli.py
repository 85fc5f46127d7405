"""The command line: `presenter [LESSON]` opens the app; subcommands check, inspect and render lessons."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from presenter.commands import check, inspect
from presenter.version import version

SUBCOMMANDS = {"check": check, "inspect": inspect}


def _app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="presenter",
        description="Present an English lesson: vocabulary warm-up, narrated reading, timed discussion.",
        epilog="subcommands: " + ", ".join(SUBCOMMANDS) + " (presenter SUBCOMMAND --help)",
    )
    p.add_argument("--version", action="version", version=f"presenter {version()}")
    p.add_argument("lesson", nargs="?", type=Path, metavar="LESSON", help="a lesson file to open")
    return p


def _sub_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="presenter")
    sub = p.add_subparsers(dest="command", required=True)
    for module in SUBCOMMANDS.values():
        module.add_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        args = _sub_parser().parse_args(args_list)
        code: int = args.run(args)
        return code
    args = _app_parser().parse_args(args_list)
    from presenter.app import run_app  # Qt loads only when a window is wanted

    return run_app(args)


def entry() -> None:
    """Console-script entry point: exit quietly when output is piped into `head`."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); that is not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stops the flush at exit failing again
        code = 0
    sys.exit(code)


if __name__ == "__main__":
    entry()
