"""The Streamlit shell: cached data access (data.py) and thin page modules (views/)."""
