"""Painting slides and the audience view: theme, layout, painters, the model's Qt adapter, keys, overlays."""
