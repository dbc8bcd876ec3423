"""The overview chart: each claimant's figures over time, one panel per category (Altair).

A claim is a point at its claim date and figure: filled when some article reports it first
hand, hollow when every citing article only restates it, a diamond when it is a projection,
larger the more articles cite it. Bounds the text gives are a vertical rule; a bound the text
leaves open ("at least 100", "nearly 1,000") is a dashed rule ending in an arrowhead that
points the way the figure may run. A line joins one claimant's successive reported figures
for one subject.
"""
from __future__ import annotations

import functools

import altair as alt
import numpy as np
import pandas as pd

from lib import schema as S

# Fields of the chart's data that are drawing instructions, not claim columns.
FIGURE = "figure"            # the height a claim is drawn at
BOUND_FROM = "bound_from"    # the vertical rule of its bounds, bottom and top
BOUND_TO = "bound_to"
OPEN_END = "open_end"        # "up" or "down" for a bound the text leaves open, else ""
ARROW_AT = "arrow_at"        # where the open end's arrowhead sits

OPEN_REACH = 1.6             # an open bound's dashed rule spans figure / 1.6 .. figure × 1.6
MAX_POINTS_PER_PANEL = 500   # more points are no longer readable (nor quick to draw): the most cited are kept
PANEL_HEIGHT = 260
UNNAMED = "(nobody named)"   # the claimant of a claim whose article names nobody, not even an outlet
DATASET = "claims"
TOOLTIP = [
    alt.Tooltip(f"{S.FIGURE_TEXT}:N", title="figure as stated"),
    alt.Tooltip(f"{S.CLAIMANT}:N", title="claimant"),
    alt.Tooltip(f"{S.CLAIMANT_VIA}:N", title="via"),
    alt.Tooltip(f"{S.CLAIM_DATE}:T", title="date", format="%Y-%m-%d"),
    alt.Tooltip(f"{S.CITATIONS}:Q", title="citing articles"),
    alt.Tooltip(f"{S.SUBJECT}:N", title="subject"),
    alt.Tooltip(f"{S.EVIDENCE}:N", title="evidence"),
]
_DATA_COLUMNS = [S.SUBJECT, S.CLAIMANT, S.CLAIMANT_VIA, S.CLAIM_DATE, S.FIGURE_TEXT,
                 S.CITATIONS, S.EVIDENCE, S.RESTATED, S.MODALITY]


def chart_data(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims that can be drawn (a date and a figure), with where to draw them."""
    low, high, best = (claims[column].to_numpy(dtype=float, na_value=np.nan)
                       for column in (S.VALUE_LOW, S.VALUE_HIGH, S.VALUE_BEST))
    has_low, has_high = ~np.isnan(low), ~np.isnan(high)
    open_up, open_down = has_low & ~has_high, has_high & ~has_low
    figure = np.where(~np.isnan(best), best, np.where(has_low & has_high, (low + high) / 2,
                                                      np.where(has_low, low, high)))
    bound_from = np.where(open_down, high / OPEN_REACH, low)
    bound_to = np.where(open_up, low * OPEN_REACH, high)
    drawable = claims[S.CLAIM_DATE].notna().to_numpy() & ~np.isnan(figure)
    return claims.loc[drawable, _DATA_COLUMNS].assign(**{
        FIGURE: figure[drawable], BOUND_FROM: bound_from[drawable], BOUND_TO: bound_to[drawable],
        OPEN_END: np.where(open_up, "up", np.where(open_down, "down", ""))[drawable],
        ARROW_AT: np.where(open_up, bound_to, bound_from)[drawable],
        S.RESTATED: claims[S.RESTATED].to_numpy(dtype=bool, na_value=False)[drawable],
        S.CLAIMANT: claims[S.CLAIMANT].fillna("").replace("", UNNAMED)[drawable],
        S.CLAIMANT_VIA: claims[S.CLAIMANT_VIA].fillna("")[drawable],
    }).reset_index(drop=True)


def category_spec(points: pd.DataFrame, claimants: list[str], log_scale: bool, title: str) -> dict:
    """The Vega-Lite spec of one category's panel over `points` (chart_data rows), for
    st.vega_lite_chart. `claimants` fixes the colours across panels."""
    template = _layers(log_scale, title)
    scale = {"domain": list(claimants), "scheme": _scheme(len(claimants))}
    # copies down to each colour encoding; everything else stays shared with the template
    layers = [{**layer, "encoding": {**layer["encoding"], "color": {**layer["encoding"]["color"], "scale": scale}}}
              for layer in template["layer"]]
    return {**template, "layer": layers, "data": {"name": DATASET}, "datasets": {DATASET: points}}


# Altair takes longer to build and check a layered chart than the dashboard takes for the
# rest of a rerun, so the chart is built once per scale and title, without data or colours.
@functools.lru_cache(maxsize=2 * len(S.CATEGORIES))
def _layers(log_scale: bool, title: str) -> dict:
    x = alt.X(f"{S.CLAIM_DATE}:T", title="claim date", scale=alt.Scale(padding=24),
              axis=alt.Axis(format="%d %b %Y", labelOverlap=True))
    # a log scale leaves zero out (and a count of none with it); a linear one starts there
    y_scale = alt.Scale(type="log") if log_scale else alt.Scale(type="linear", zero=True)
    y = alt.Y(f"{FIGURE}:Q", title="figure", scale=y_scale)
    color = alt.Color(f"{S.CLAIMANT}:N", title="claimant")
    base = alt.Chart().encode(x=x, color=color, tooltip=TOOLTIP)   # every mark tells its claim
    line = base.transform_filter(alt.datum[S.MODALITY] == "reported").mark_line(
        strokeWidth=1.5, opacity=0.6).encode(y=y, detail=f"{S.SUBJECT}:N", order=f"{S.CLAIM_DATE}:T")
    bounds = base.mark_rule(strokeWidth=2, opacity=0.7).encode(
        y=alt.Y(f"{BOUND_FROM}:Q", scale=y_scale, title="figure"), y2=f"{BOUND_TO}:Q",
        strokeDash=alt.StrokeDash(f"{OPEN_END}:N", legend=None, scale=alt.Scale(
            domain=["", "up", "down"], range=[[1, 0], [4, 3], [4, 3]])),
    ).transform_filter(f"isValid(datum.{BOUND_FROM}) && datum.{BOUND_FROM} != datum.{BOUND_TO}")
    arrows = base.transform_filter(alt.datum[OPEN_END] != "").mark_point(
        filled=True, size=45, opacity=0.8).encode(
        y=alt.Y(f"{ARROW_AT}:Q", scale=y_scale, title="figure"),
        shape=alt.Shape(f"{OPEN_END}:N", legend=None, scale=alt.Scale(
            domain=["up", "down"], range=["triangle-up", "triangle-down"])))
    size = alt.Size(f"{S.CITATIONS}:Q", title="citing articles",
                    scale=alt.Scale(domainMin=1, range=[70, 360]),
                    legend=alt.Legend(format="d", tickMinStep=1))
    shape = alt.Shape(f"{S.MODALITY}:N", title="modality", scale=alt.Scale(
        domain=list(S.MODALITIES), range=["circle", "diamond"]))
    points = base.encode(y=y, size=size, shape=shape)
    first_hand = points.transform_filter(~alt.datum[S.RESTATED]).mark_point(filled=True, opacity=0.9)
    restated = points.transform_filter(alt.datum[S.RESTATED]).mark_point(
        filled=False, strokeWidth=2, opacity=0.9)
    chart = alt.layer(line, bounds, arrows, first_hand, restated).resolve_scale(shape="independent")
    spec = chart.properties(title=title, height=PANEL_HEIGHT).to_dict()
    # Altair gives a chart without data an empty dataset of its own in each layer, and its
    # default theme sizes the view: the layers read the panel's rows, the page sets the width
    layers = [{key: value for key, value in layer.items() if key != "data"} for layer in spec["layer"]]
    return {**{key: value for key, value in spec.items() if key not in ("config", "datasets")},
            "layer": layers}


def _scheme(colours: int) -> str:
    # ten colours tell claimants apart best; past ten, twenty paler ones are still distinct
    return "category10" if colours <= 10 else "tableau20"
