"""Claims: the filtered claims table; the selected claim's passage below, its figure highlighted."""
import streamlit as st

from lib import schema as S
from lib.cleaning import clean
from lib.dashboard import claims_table, counted, page_count
from lib.passages import escape_markdown, highlighted, passage
from lib.ui import current_view, get_store

st.title("Claims")
data = current_view()
rows = len(data.rows)
st.caption(escape_markdown(f"{counted(rows, 'claim')} from {counted(data.articles, 'article')}: "
                           f"{data.filters.describe()}. Select a row to read its passage."))
pages = page_count(rows)
shown = data.mention_page(st.pagination(pages, key="claims_page") if pages > 1 else 1)
selected = st.dataframe(
    claims_table(shown), hide_index=True, key="claims_table", on_select="rerun",
    selection_mode="single-row", placeholder="", column_config={
        S.FIGURE_TEXT: st.column_config.TextColumn("figure as stated"),
        S.VALUE_LOW: st.column_config.NumberColumn("low", format="%d"),
        S.VALUE_HIGH: st.column_config.NumberColumn("high", format="%d"),
        S.CLAIMANT_VIA: st.column_config.TextColumn("via"),
        S.CLAIM_DATE: st.column_config.DateColumn("date"),
        S.URL: st.column_config.LinkColumn("link", display_text=r"https?://(?:www\.)?([^/]+)"),
        S.EVIDENCE: st.column_config.TextColumn("evidence", width="large"),
    })

picked = [row for row in selected.selection.rows if row < len(shown)]
if picked:
    claim = shown.iloc[picked[0]]
    article = get_store().article(claim[S.ARTICLE_ID])
    st.subheader(escape_markdown(f"{claim[S.FIGURE_TEXT]} · {claim[S.CLAIMANT]}"))
    if article is None:
        st.warning("The article of this claim is no longer in the store.")
    else:
        text, start, end = passage(clean(article.text).text, int(claim[S.SPAN_START]),
                                   int(claim[S.SPAN_END]))
        st.caption(escape_markdown(f"{claim[S.OUTLET]}: {claim[S.TITLE]}"))
        st.markdown(highlighted(text, [(start, end)]))
