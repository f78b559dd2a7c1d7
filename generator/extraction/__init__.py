"""Extraction: one module per kind of fact, driven by `generator.extract.Extractor`."""
