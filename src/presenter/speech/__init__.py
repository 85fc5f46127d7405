"""Speech: voices, synthesis of sentences to clips with word timings, and the engines."""
