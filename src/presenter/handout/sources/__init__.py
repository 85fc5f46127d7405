"""Reading a handout from a file: text encodings, Word documents and their pictures."""
