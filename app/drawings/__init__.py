"""Drawings engine: open and render plan sheets (PDF via pypdfium2, PNG/JPEG scans via
Pillow), a tiled render cache, generated sample plans and printable location QR labels.

Pure engine code: no widgets, no database. See docs/drawings.md.
"""
