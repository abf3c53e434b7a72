"""Vietnamese vocabulary tables, one module per concept.

Every Vietnamese word the parsers match lives here, NFC-normalised; the
engine modules build their regexes from these tables and contain no
Vietnamese literals of their own.
"""
