"""Pure analysis of claims: DataFrame in, DataFrame or plain data out; no Streamlit, no database."""
