"""One room per kind of record.

Each package here holds one kind whole: its table and vocabulary (``model``), the writes
(``service``), the reads its list, detail, export and reports show (``queries``), and its
``RecordKind`` descriptor. Rooms do not import each other (an import-linter contract);
what spans kinds — links, comments and photos, search, numbering, sync — reads the
registry ``models/kinds.py``. ``docs/architecture.md`` ("Adding a record kind") lists
the files a new kind touches.
"""
