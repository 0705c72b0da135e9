"""Timeline: dated events in time order, each date resolved against its article."""

from __future__ import annotations

from datetime import date

from tests.sections.helpers import fill, story


def test_events_come_in_time_order_with_weekdays_resolved():
    index = story(("AFP", ["Rebels seized the northern city of Port Vale on Monday after heavy fighting.",
                           "The government declared a state of emergency on Saturday, March 8, 2025.",
                           "Peace talks are due to open in Geneva on Thursday, the foreign ministry said."]),
                  date="2025-03-11")
    section = fill("timeline", index)
    dates = [line.date for line in section.lines]
    assert dates == sorted(dates)
    assert date(2025, 3, 8) in dates and date(2025, 3, 10) in dates
    assert all(line.label for line in section.lines)
