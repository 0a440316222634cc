"""Punch items: defects and snags to close before handover, with the paged register
that stays fast at 100,000 items, bulk edits and imports."""
