"""The overview chart's data and spec: where each claim is drawn and how it reads."""
import pytest

from lib import charts as C
from lib import schema as S
from tests.dashboard_helpers import NIS, cases, frame, mention, view_of


def _drawn(*mentions):
    return C.chart_data(view_of(frame(*mentions)).claims())


# (id, mention, (figure, bound from, bound to, open end))
PLACES = [
    ("exact: a point, no rule", mention(figure=300), (300, 300, 300, "")),
    ("at least: dashed rule up from the figure", mention(figure=100, low=100, qualifier="at_least"),
     (100, 100, 100 * C.OPEN_REACH, "up")),
    ("more than: open upwards too", mention(figure=1000, low=1000, qualifier="more_than"),
     (1000, 1000, 1000 * C.OPEN_REACH, "up")),
    ("nearly: dashed rule down to the figure", mention(figure=1000, high=1000, qualifier="nearly"),
     (1000, 1000 / C.OPEN_REACH, 1000, "down")),
    ("range: closed rule, drawn at its middle", mention(figure=None, low=50, high=70, qualifier="range"),
     (60, 50, 70, "")),
    ("vague: closed rule over its bounds", mention(figure=None, low=200, high=999, qualifier="vague"),
     (599.5, 200, 999, "")),
]


@pytest.mark.parametrize("one, expected", cases(PLACES))
def test_where_a_claim_is_drawn(one, expected):
    row = _drawn(one).iloc[0]
    assert (row[C.FIGURE], row[C.BOUND_FROM], row[C.BOUND_TO], row[C.OPEN_END]) == pytest.approx(expected)


def test_about_has_no_rule():
    row = _drawn(mention(figure=1100, qualifier="about")).iloc[0]
    assert row[C.FIGURE] == 1100 and row[C.BOUND_FROM] != row[C.BOUND_FROM]  # NaN: no rule


def test_undated_claims_are_not_drawn():
    assert list(_drawn(mention("a1"), mention("a2", figure=7, date=None))[C.FIGURE]) == [100]


def _spec(claimants=("South Korea JCS", NIS, "US official"), log_scale=False, points=None):
    points = _drawn(mention()) if points is None else points
    return C.category_spec(points, list(claimants), log_scale, "killed")


def _layers(log_scale=False):
    return _spec(log_scale=log_scale)["layer"]


def test_chart_layers_line_rules_arrows_and_points():
    marks = [layer["mark"]["type"] for layer in _layers()]
    assert marks == ["line", "rule", "point", "point", "point"]


def test_restated_points_are_hollow_and_first_hand_filled():
    first_hand, restated = _layers()[3:]
    assert first_hand["mark"]["filled"] is True
    assert restated["mark"]["filled"] is False


def test_open_bounds_are_dashed():
    rule = _layers()[1]
    assert rule["encoding"]["strokeDash"]["scale"]["range"][1:] == [[4, 3], [4, 3]]


@pytest.mark.parametrize("log_scale, scale", [(False, "linear"), (True, "log")], ids=["linear", "log"])
def test_log_toggle_sets_the_y_scale(log_scale, scale):
    assert _layers(log_scale)[3]["encoding"]["y"]["scale"]["type"] == scale


def test_tooltip_names_what_an_analyst_asks():
    titles = [item["title"] for item in _layers()[3]["encoding"]["tooltip"]]
    assert titles == ["figure as stated", "claimant", "via", "date", "citing articles", "subject", "evidence"]


def test_colours_follow_the_claimant_list_in_every_panel():
    assert _layers()[3]["encoding"]["color"]["scale"]["domain"] == ["South Korea JCS", NIS, "US official"]


def test_spec_names_its_rows_and_has_no_default_size():
    points = _drawn(mention())
    spec = _spec(points=points)
    assert spec["data"] == {"name": C.DATASET} and spec["datasets"][C.DATASET] is points
    assert "config" not in spec and spec["title"] == "killed"
    assert not any("data" in layer for layer in spec["layer"])   # every layer draws those rows


def test_every_field_the_spec_draws_is_in_the_chart_data():
    spec = _spec(claimants=("Ruritania army",))
    fields = {encoding["field"] for layer in spec["layer"] for channel, encoding in layer["encoding"].items()
              if channel != "tooltip" and "field" in encoding}
    fields |= {item["field"] for item in spec["layer"][3]["encoding"]["tooltip"]}
    assert fields <= set(spec["datasets"][C.DATASET].columns)


def test_colours_of_one_panel_leave_the_next_untouched():
    first = _spec(claimants=["a", "b"])
    second = _spec(claimants=["c"])
    assert first["layer"][0]["encoding"]["color"]["scale"]["domain"] == ["a", "b"]
    assert second["layer"][0]["encoding"]["color"]["scale"]["domain"] == ["c"]


def test_a_claim_naming_nobody_is_drawn_as_such():
    assert list(_drawn(mention(claimant=""))[S.CLAIMANT]) == [C.UNNAMED]


def test_every_layer_tells_its_claim_on_hover():
    assert all(len(layer["encoding"]["tooltip"]) == len(C.TOOLTIP) for layer in _layers())
