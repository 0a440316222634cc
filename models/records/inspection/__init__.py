"""Inspections: templates, checklists conducted on site, scores, and the punch items and
contractor issues raised from failed items (``model``, ``service``, ``scoring``,
``completion``, ``queries``)."""
