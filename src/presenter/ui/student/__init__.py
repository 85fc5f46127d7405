"""Student mode: self-paced reading and word cards at home (loaded only when asked for)."""
