"""Checking a student's reading of one sentence, word by word (plain Python; pocketsphinx behind `SphinxChecker`)."""

from presenter.practice.fake import FakeChecker
from presenter.practice.model import Checker, CheckResult, Mark, PracticeError, WordCheck
from presenter.practice.sphinx import SphinxChecker

__all__ = ["Checker", "CheckResult", "FakeChecker", "Mark", "PracticeError", "SphinxChecker", "WordCheck"]
