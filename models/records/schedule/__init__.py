"""Schedule control: the contractor's programme, imported update by update and reviewed
by the owner's representative.

``vocab`` (the vocabularies, without SQLAlchemy), ``model`` (updates, calendars,
activities, links; the update ``KIND``), ``delay`` (delay events and extensions of time,
the ``DELAY_KIND``), ``programme`` (a parsed programme as the file readers hand it over,
and its checks), ``importer`` and ``bulk`` (one update in one transaction), ``service``
(review, delay events, field evidence), ``queries`` (reads), ``workdays`` (calendar
arithmetic), ``network`` (the forward pass), ``quality`` (the DCMA 14-point check),
``compare`` (an update against the previous one and the baseline), ``milestones`` and
``forecast`` (the one computation of forecast and contractual dates), ``lookahead``
(field evidence and the three-week look-ahead), ``page_reads`` (the schedule page's
snapshot). ``docs/schedule.md`` describes the behaviour and the API.
"""
