"""The daily site diary: one signed, hash-chained record per project, day and author.

``model`` (the day, its vocabulary and ``KIND``), ``entries`` (manpower, equipment,
deliveries, visitors, work, delays, instructions, safety, addenda), ``service`` (writes),
``queries`` (reads) and ``chain`` (the canonical form, content hashes and ``verify``).
``docs/diary.md`` describes the behaviour and the API.
"""
