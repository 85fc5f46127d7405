"""Offline words: WordNet definitions and word-frequency suggestions for a lesson's vocabulary."""
