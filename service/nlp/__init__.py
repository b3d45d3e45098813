"""Parsing: raw text -> `Document`. Only `stanza_parser` imports stanza."""
