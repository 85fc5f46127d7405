"""Exports: lesson packs, EPUB, PDF, flashcards, audio."""
