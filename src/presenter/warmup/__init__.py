"""The vocabulary warm-up: cards and the quick class game, as plain Python."""
