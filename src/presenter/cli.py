"""The command line: `presenter [LESSON]` opens the app; subcommands check, inspect and render lessons."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from presenter.commands import parse_size
from presenter.resources import SAMPLE_LESSON
from presenter.settings import THEME_NAMES, setting_arg

# Each subcommand's module, imported only when that command runs: the importer alone takes
# longer to load than a bare Qt window takes to appear, and opening the app needs none of them.
QUIT_AFTER_FIRST_SLIDE = "--quit-after-first-slide"
SUBCOMMANDS = {"check": "check", "inspect": "inspect", "slides": "slides", "export": "export", "narrate": "narrate",
               "voices": "voices", "import": "import_handout",
               "practice-check": "practice_check"}


def command_module(name: str) -> ModuleType:
    """The module of subcommand `name` (it registers its parser with `add_parser`)."""
    return importlib.import_module(f"presenter.commands.{SUBCOMMANDS[name]}")


class _VersionAction(argparse.Action):
    """`--version`, reading the package metadata only when asked (importlib.metadata is slow to load)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest=dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from presenter.version import version

        print(f"presenter {version()}")  # on stdout, as argparse's own version action does
        parser.exit()


def _app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="presenter",
        description="Present an English lesson: vocabulary warm-up, narrated reading, timed discussion.",
        epilog="subcommands: " + ", ".join(SUBCOMMANDS) + " (presenter SUBCOMMAND --help)",
    )
    p.add_argument("--version", action=_VersionAction)
    p.add_argument("lesson", nargs="?", type=Path, metavar="LESSON", help="a lesson file to open")
    p.add_argument("--student", action="store_true",
                   help="self-study: the narrated reading at your own pace and the word cards (a lesson or a pack .zip)")
    p.add_argument(QUIT_AFTER_FIRST_SLIDE, action="store_true",
                   help="print 'first-slide-painted TIME' once the first slide is painted, and exit (start-up benchmarks)")
    p.add_argument("--self-test", action="store_true",
                   help="check offscreen that a slide renders and a sentence is narrated and played; exit 0 or 1")
    shot = p.add_argument_group("headless rendering")
    shot.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render a slide to a PNG file and exit (with --student: student mode's window)")
    shot.add_argument("--size", type=parse_size, default=None, metavar="WxH",
                      help="screen size: the audience view's (1920x1080), or the console's with --view console (1366x768)")
    shot.add_argument("--view", choices=("audience", "console", "both"), default="audience",
                      help="what to render: the audience view, the teacher's console, or both side by side")
    shot.add_argument("--slide", type=int, default=1, metavar="N", help="which slide, from 1")
    shot.add_argument("--theme", choices=THEME_NAMES, default="light", help="colour theme")
    shot.add_argument("--text-scale", type=setting_arg("text_scale"), default=1.0, help="text size, 1.0 to 2.0")
    shot.add_argument("--easy-reading", action="store_true", help="wider letter and line spacing")
    shot.add_argument("--force", action="store_true", help="replace the image if it exists")
    return p


def _sub_parser(name: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="presenter")
    sub = p.add_subparsers(dest="command", required=True)
    command_module(name).add_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (1 with a message when a file cannot be read or written)."""
    from presenter.fileio import FileProblem

    try:
        return _main(argv)
    except FileProblem as exc:
        # The one place where every command's file errors (a missing folder, a full disk, a
        # folder given as a file, a FIFO given as a lesson) become a message instead of a traceback.
        print(exc.message, file=sys.stderr)
        return 1


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # Taken out by hand, so that a timed start-up runs the same argparse-free path as a double-click.
    quit_after_first_slide = QUIT_AFTER_FIRST_SLIDE in args_list
    if quit_after_first_slide and (not args_list or args_list[0] not in SUBCOMMANDS):
        args_list.remove(QUIT_AFTER_FIRST_SLIDE)
    if args_list and args_list[0] in SUBCOMMANDS:
        args = _sub_parser(args_list[0]).parse_args(args_list)
        code: int = args.run(args)
        return code
    if len(args_list) <= 1 and not any(a.startswith("-") for a in args_list):
        # `presenter` or `presenter LESSON`, what a double-click or the desktop entry runs: no
        # options to parse, and argparse's set-up (gettext looking for translations) is start-up.
        from presenter.app import run_app

        return run_app(Path(args_list[0]) if args_list else None, quit_after_first_slide)
    args = _app_parser().parse_args(args_list)
    if args.self_test:
        from presenter.selftest import run_self_test  # Qt and speech load only for the check

        return run_self_test()
    if args.screenshot is not None:
        from presenter.commands import screenshot

        return screenshot.run(args, SAMPLE_LESSON)
    from presenter.app import run_app, run_student  # Qt loads only when a window is wanted

    return run_student(args) if args.student else run_app(args.lesson, quit_after_first_slide)


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
