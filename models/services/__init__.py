"""Service functions: one unit of work each, returning plain values and what changed."""
