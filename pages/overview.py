"""Overview: each claimant's figures over time, a panel per category, beside the latest figures."""
import streamlit as st

from lib import charts as C
from lib import schema as S
from lib.dashboard import category_claims, headline, latest_figures
from lib.passages import escape_markdown
from lib.ui import current_view, get_store, outdated_notice

st.title("Casualty claims over time")
outdated_notice(get_store())
data = current_view()
st.caption(escape_markdown(f"Showing {data.filters.describe()}. A claim that several articles "
                           "repeat is one point, larger the more articles cite it."))
for column, (label, value) in zip(st.columns(4), headline(data)):
    column.metric(label, value)
if not len(data.selection.claims):
    st.info("No claims match these filters.")
    st.stop()

log_scale = st.toggle("Log scale", key="log", bind="query-params",
                      help="Figures run from tens to hundreds of thousands.")
claimants = data.claim_values(S.CLAIMANT, empty=C.UNNAMED)
chart_side, latest_side = st.columns([3, 2], gap="large")
with chart_side:
    for category in S.CATEGORIES:
        chosen, total = category_claims(data, category, C.MAX_POINTS_PER_PANEL)
        if not total:
            continue
        points = C.chart_data(chosen)
        st.vega_lite_chart(C.category_spec(points, claimants, log_scale, category), width="stretch")
        if len(points) < total:
            st.caption(f"{len(points):,} of {total:,} {category} claims drawn: the most cited, "
                       "and only those with a claim date. Narrow the filters to see the rest.")
    st.caption("Filled: reported first hand · hollow: only restated · diamond: a projection · "
               "dashed rule with an arrowhead: a bound the text leaves open.")
with latest_side:
    st.subheader("Latest figure per claimant")
    st.dataframe(latest_figures(data), hide_index=True, key="latest_figures", column_config={
        S.FIGURE_TEXT: st.column_config.TextColumn("figure as stated"),
        S.CLAIM_DATE: st.column_config.DateColumn("date"),
        S.CITATIONS: st.column_config.NumberColumn("citing articles"),
    })
