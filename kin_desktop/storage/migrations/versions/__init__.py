"""One module per schema revision; each describes the schema at its own revision."""
