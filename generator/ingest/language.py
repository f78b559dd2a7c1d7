"""Language detection with py3langid, whose model ships inside the wheel: nothing is downloaded.

Only a confident answer on enough text counts; otherwise the language stays
unknown and the article is treated as English, as before detection existed.
"""

from __future__ import annotations

import functools
import re
from typing import Any

MIN_CHARS = 200
"""Shorter texts (a headline, a one-line brief) are not classified: the guess would be noise."""

MIN_CONFIDENCE = 0.9
"""Normalised probability the best language needs; real articles score above 0.99."""

SAMPLE_CHARS = 4000
"""Enough text to be sure; more only costs time."""

_CODE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when the text is short or the model unsure."""
    sample = " ".join(text.split())[:SAMPLE_CHARS]
    if len(sample) < MIN_CHARS:
        return None
    language, confidence = _identifier().classify(sample)
    return str(language) if confidence >= MIN_CONFIDENCE else None


def language_code(value: Any) -> str | None:
    """'en-GB', 'fr_FR', 'FR' as 'en', 'fr'; None for anything that is not a language tag."""
    match = _CODE.match(str(value or "").strip())
    return match.group(1).lower() if match else None


@functools.cache
def _identifier() -> Any:
    """The classifier, loaded once per process (about half a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
