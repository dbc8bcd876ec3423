"""Claims: every casualty claim of the corpus beside its evidence sentence."""
import streamlit as st

from lib import schema as S
from lib.ui import seed_claims

st.title("Casualty claims")
claims = seed_claims()
st.caption(f"{len(claims)} claims from {claims[S.ARTICLE_ID].nunique()} articles")
st.dataframe(
    claims[[S.CLAIM_DATE, S.CLAIMANT, S.CLAIMANT_VIA, S.CATEGORY, S.SUBJECT, S.FIGURE_TEXT,
            S.VALUE_LOW, S.VALUE_HIGH, S.QUALIFIER, S.RESTATED, S.MODALITY, S.EVIDENCE]],
    hide_index=True,
    use_container_width=True,
    column_config={
        S.CLAIM_DATE: st.column_config.DateColumn("date"),
        S.FIGURE_TEXT: st.column_config.TextColumn("figure as stated"),
        S.EVIDENCE: st.column_config.TextColumn("evidence", width="large"),
    },
)
