"""The deck: which slides a lesson makes, and how the reading is paginated."""
