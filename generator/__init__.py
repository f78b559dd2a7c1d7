"""Briefing: news articles to fact sheets to an offline, searchable briefing site."""

__version__ = "0.1.0"
