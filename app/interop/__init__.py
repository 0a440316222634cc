"""File formats for meeting other construction tools halfway.

Pure parsing and writing, no database and no Qt widgets:

* :mod:`.punch_table` reads punch lists from CSV, TSV and XLSX (Procore, Procore
  "Deficiency", Fieldwire and our own layout), maps columns and validates rows;
  :mod:`.punch_export` writes them back out.
* :mod:`.bcf` reads and writes BCF 2.1 and 3.0 issue archives.
* :mod:`.cobie` reads a COBie 2.4 handover workbook into a location tree.

Every failure a user can cause reaches callers as :class:`.errors.InteropError`.
"""
