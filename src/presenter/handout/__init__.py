"""Import teachers' handouts (text copied from web pages, Word files) as lessons."""

from presenter.handout.errors import ImportFailed
from presenter.handout.importer import import_handout, import_text
from presenter.handout.result import DroppedLine, ImportResult, ImportWarning
from presenter.handout.save import save_lesson

__all__ = ["DroppedLine", "ImportFailed", "ImportResult", "ImportWarning", "import_handout", "import_text",
           "save_lesson"]
