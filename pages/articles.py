"""Articles: the corpus, and a reader showing one article with all its claims highlighted and listed."""
import streamlit as st

from lib import schema as S
from lib.cleaning import clean
from lib.dashboard import PAGE_ROWS, page_count
from lib.passages import escape_markdown, highlighted
from lib.ui import articles_for, get_store, outdated_notice, prepared

st.title("Articles")
store = get_store()
outdated_notice(store)
articles = articles_for(store).sort_values(S.PUBLISHED, ascending=False, na_position="last",
                                          kind="stable")
st.caption(f"{len(articles):,} articles in the store, newest first. Select one to read it "
           "with its claims highlighted.")
pages = page_count(len(articles))
page = st.pagination(pages, key="articles_page") if pages > 1 else 1
shown = articles.iloc[(page - 1) * PAGE_ROWS:page * PAGE_ROWS]
selected = st.dataframe(
    shown, hide_index=True, key="articles_table", on_select="rerun", selection_mode="single-row",
    column_order=(S.PUBLISHED, S.OUTLET, S.TITLE, S.CLAIM_COUNT), column_config={
        S.PUBLISHED: st.column_config.DateColumn("published"),
        S.TITLE: st.column_config.TextColumn("title", width="large"),
        S.CLAIM_COUNT: st.column_config.NumberColumn("claims"),
    })

picked = [row for row in selected.selection.rows if row < len(shown)]
article = store.article(shown.iloc[picked[0]][S.ARTICLE_ID]) if picked else None
if article is not None:
    mentions = prepared().mentions
    claims = mentions[(mentions[S.ARTICLE_ID] == article.id).to_numpy(dtype=bool)]
    st.subheader(escape_markdown(article.title or article.id))
    st.caption(escape_markdown(f"{article.outlet or 'no outlet'} · "
                               f"{article.published or 'undated'} · {len(claims)} claims"))
    st.dataframe(claims, hide_index=True, placeholder="", column_order=(
        S.FIGURE_TEXT, S.CATEGORY, S.SUBJECT, S.CLAIMANT, S.CLAIMANT_VIA, S.CLAIM_DATE,
        S.MODALITY, S.RESTATED, S.EVIDENCE), column_config={
        S.FIGURE_TEXT: st.column_config.TextColumn("figure as stated"),
        S.CLAIM_DATE: st.column_config.DateColumn("date")})
    spans = zip(claims[S.SPAN_START].astype(int), claims[S.SPAN_END].astype(int))
    st.markdown(highlighted(clean(article.text).text, spans))
