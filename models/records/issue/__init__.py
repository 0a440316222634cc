"""Contractor issues: observations, non-conformances, RFIs, safety, quality and schedule
issues raised to a contractor, with their response thread and status workflow."""
