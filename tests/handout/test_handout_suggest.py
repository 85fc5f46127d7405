"""Vocabulary suggestions (wordfreq) for a reading with no word list."""

from __future__ import annotations

from pathlib import Path

from import_cli import run
from presenter.handout import import_handout
from presenter.handout.dictionary.suggest import suggest_words
from presenter.lesson import load_lesson
from presenter.text.lexicon import all_lemmas
from repo_paths import SAMPLE_LESSON


def _forms(word: str) -> set[str]:
    lemmas = {lemma for forms in all_lemmas(word).values() for lemma in forms}
    return {word} | lemmas


def test_sample_reading_suggestions_overlap_the_teachers_list() -> None:
    lesson = load_lesson(SAMPLE_LESSON)
    text = "\n".join(p.text for p in lesson.reading.paragraphs)
    teacher = set().union(*(_forms(f.lower()) for e in lesson.vocabulary for f in e.all_forms))
    top = suggest_words(text, lesson.level or "B1", limit=30)
    assert len(top) == 30
    hits = [w for w in top if w.lemma in teacher or w.written.lower() in teacher]
    assert len(hits) / len(top) >= 0.5, [w.lemma for w in top]
    assert [w.zipf for w in top] == sorted(w.zipf for w in top)  # rarest first


def test_names_numbers_and_common_words_are_left_out() -> None:
    text = ("Ingrid Okonkwo visited Reykjavik with eleven colleagues. Okonkwo scrutinised the dilapidated harbour "
            "and the people were happy.")
    lemmas = [w.lemma for w in suggest_words(text, "B1")]
    assert "scrutinise" in lemmas or "scrutinize" in lemmas
    assert "dilapidated" in lemmas
    for left_out in ("ingrid", "okonkwo", "reykjavik", "eleven", "people", "happy", "visit"):
        assert left_out not in lemmas


def test_level_sets_how_common_a_suggestion_may_be() -> None:
    text = "The committee will postpone the decision, although the evidence is ambiguous and the risk is real."
    beginner = {w.lemma for w in suggest_words(text, "A1")}
    advanced = {w.lemma for w in suggest_words(text, "C1")}
    assert advanced < beginner
    assert "ambiguous" in advanced and "decision" in beginner - advanced


def test_import_suggests_words_only_without_a_word_list(tmp_path: Path) -> None:
    handout = tmp_path / "harbour.txt"
    handout.write_text("A Day at the Harbour\n\nReading\n\nThe elderly captain, weathered and taciturn, scrutinised "
                       "the horizon for squalls. Tourists meandered along the quay.\n", encoding="utf-8")
    result = import_handout(handout, suggest=3, define=True)
    assert len(result.lesson.vocabulary) == 3 and result.suggested_words
    assert all(e.definition and e.suggested for e in result.lesson.vocabulary)
    assert "--suggest N" in import_handout(handout).summary()
    out = tmp_path / "lesson.md"
    assert run([str(handout), "--suggest", "3", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("- **") == 3
