"""Drawings: plan sheets, their revisions, the imported originals, and the punch items
and contractor issues pinned on them (``model``, ``service`` naming the writes and reads
that ``sheet_import``, ``sheets``, ``queries``, ``pins`` and ``locations`` do, and
``plan_queries`` for the reports' plan extracts)."""
