"""Business rules in plain Python. Nothing here imports Qt (enforced by import-linter)."""
