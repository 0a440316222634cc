"""The narrowing shared by the change order and issue log reports (``Filters.admits``) and
the selection line they print (``Filters.described``)."""

from __future__ import annotations

import datetime as dt

from executrek.app.report_kinds.common import Filters

DAY = dt.date(2026, 11, 10)


def test_no_filters_admit_everything() -> None:
    f = Filters()
    assert f.admits("void", None, DAY)
    assert f.admits("open", "Acme", DAY, "")
    assert f.described("All issues", location=True) == "All issues"


def test_status_contractor_and_dates_narrow() -> None:
    f = Filters(
        contractor="kovač fire protection",
        statuses=("open", "pending"),
        date_from=dt.date(2026, 11, 1),
        date_to=DAY,
    )
    assert f.admits("open", "Kovač Fire Protection", DAY)  # the whole name, any case
    assert not f.admits("closed", "Kovač Fire Protection", DAY)
    assert not f.admits("open", "Kovač Fire", DAY)
    assert not f.admits("open", None, DAY)
    assert not f.admits("open", "Kovač Fire Protection", DAY + dt.timedelta(days=1))
    assert not f.admits("open", "Kovač Fire Protection", dt.date(2026, 10, 31))
    assert f.described("All change orders", location=False) == (
        "Contractor: kovač fire protection; Status: Open, Pending"
    )


def test_location_is_a_part_of_the_name_and_only_where_the_kind_has_locations() -> None:
    f = Filters(location="level 1")
    assert f.admits("open", None, DAY, "East Wing › Level 1 › Clean utility")
    assert not f.admits("open", None, DAY, "East Wing › Level 2")
    assert not f.admits("open", None, DAY, "")  # an issue without a location
    assert f.admits("open", None, DAY)  # change orders have no location: not narrowed
    assert f.described("All issues", location=True) == "Location: level 1"
    assert f.described("All change orders", location=False) == "All change orders"
