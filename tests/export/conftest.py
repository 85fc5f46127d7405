"""Fixtures shared by the export tests: the sample lesson narrated once by the real engine."""

from __future__ import annotations

import pytest

from presenter.export.narration_files import Narration, render_narration
from presenter.lesson import load_lesson
from repo_paths import SAMPLE_LESSON


@pytest.fixture(scope="session")
def narration(tmp_path_factory: pytest.TempPathFactory) -> Narration:
    """The sample lesson narrated by the real engine (eSpeak NG on Linux), rendered once for every export test."""
    from presenter.speech.worker import SpeechWorker

    worker = SpeechWorker()
    try:
        return render_narration(load_lesson(SAMPLE_LESSON), tmp_path_factory.mktemp("narration"), None, None, worker)
    finally:
        worker.close()
