"""What an editor types as a corrected value is read as the extractor reads the article."""

import pytest

from annotator.ui.dialogs import read_value


@pytest.mark.parametrize("typed, read", [
    ("2251.5", (2251.5, None)),
    ("2,251.5", (2251.5, None)),
    ("2251.5亿元", (2251.5e8, "元")),
    ("七成", (70.0, "%")),
    ("34.3%", (34.3, "%")),
    ("不是数字", None),
])
def test_a_typed_value_is_read_with_its_unit(typed, read):
    assert read_value(typed) == read
