"""A real X server with two monitors (Xorg's dummy driver, docs: platform facts): a laptop and a projector."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CONFIG = """\
Section "Device"
    Identifier "dummy"
    Driver "dummy"
    VideoRam 256000
EndSection
Section "Monitor"
    Identifier "monitor"
    HorizSync 5.0-1000.0
    VertRefresh 5.0-200.0
    Modeline "3840x1080" 300.00 3840 3848 3880 3920 1080 1081 1084 1100
EndSection
Section "Screen"
    Identifier "screen"
    Device "dummy"
    Monitor "monitor"
    DefaultDepth 24
    SubSection "Display"
        Depth 24
        Modes "3840x1080"
        Virtual 3840 1080
    EndSubSection
EndSection
"""
LAPTOP = ("LAPTOP", "1920/508x1080/286+0+0", "DUMMY0")
PROJECTOR = ("PROJECTOR", "1920/508x1080/286+1920+0", "none")


def missing_tools() -> list[str]:
    """The programs this needs that are not installed (dev.sh installs them)."""
    return [t for t in ("Xorg", "xrandr", "import") if shutil.which(t) is None]


def xrandr(display: str, *args: str) -> None:
    """Run xrandr on `display`."""
    subprocess.run(["xrandr", *args], env={**os.environ, "DISPLAY": display}, check=True, capture_output=True)


def set_monitor(display: str, monitor: tuple[str, str, str]) -> None:
    """Plug a monitor in (an RandR monitor on the one big dummy output)."""
    xrandr(display, "--setmonitor", *monitor)


def _free_display() -> int:
    for n in range(140, 200):  # well away from the numbers people type by hand
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@contextmanager
def two_monitor_x(folder: Path) -> Iterator[str]:
    """An Xorg server with LAPTOP (primary, left) and PROJECTOR (right), both 1920x1080; yields DISPLAY."""
    config = folder / "dummy.conf"
    config.write_text(CONFIG)
    number = _free_display()
    display = f":{number}"
    server = subprocess.Popen(["Xorg", display, "-config", str(config), "-noreset", "-nolisten", "tcp",
                               "-logfile", str(folder / "xorg.log")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Xorg did not start: see {folder / 'xorg.log'}")
            time.sleep(0.05)
        set_monitor(display, LAPTOP)
        set_monitor(display, PROJECTOR)
        yield display
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
