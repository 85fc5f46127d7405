"""The handout importer: plain-text and Word handouts into lessons."""
