"""Vocabulary lists in layouts written by people who never saw the importer: numbered rows to join by a line, …"""

from __future__ import annotations

from presenter.handout import import_handout

TEXT_1 = ("The old ferry crossed the river twice a day. The captain kept a bell by the wheel and rang it when the "
          "fog came down, so the fishermen knew where the boat was.")
TEXT_2 = ("One winter the river froze, and the ferry stayed in the harbour. The captain painted the hull and mended "
          "the sails until the ice broke in spring.")
QUESTIONS = "Questions\n1. Why did the captain ring the bell?\n2. What did he do in winter?\n"


def _terms(text: str) -> list[str]:
    return [e.term for e in import_handout(text).lesson.vocabulary]


def test_numbered_words_joined_by_dots_lose_their_numbers() -> None:
    rows = ("Join each word to its meaning.\n1. ferry\t•   •\tb. the body of a boat\n"
            "2. hull\t•   •\tc. a boat that carries people across water\n3. fog\t•   •\ta. thick cloud near the ground\n")
    assert _terms(f"The Ferry\n\n{TEXT_1}\n\n{TEXT_2}\n\n{QUESTIONS}\n{rows}") == ["ferry", "hull", "fog"]
