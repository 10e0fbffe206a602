import pytest

from scheduler.duration import parse_duration


def test_units():
    assert parse_duration("500ms") == 500
    assert parse_duration("2m") == 120_000
    assert parse_duration("1h") == 3_600_000


def test_rejects_other_text():
    with pytest.raises(ValueError):
        parse_duration("soon")
