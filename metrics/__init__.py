"""Facts into a store, dataframes and totals out. No Streamlit here."""
