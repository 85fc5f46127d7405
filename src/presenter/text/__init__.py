"""Text: sentences and words of the reading, and where the lesson's terms occur in it."""
