"""The reviewer's decisions about entities across the corpus: `content/entities.yaml`.

```yaml
same:        # each list names one entity under its different names
  - [Assimi Goita, Assimi Goïta, Col. Goita]
different:   # pairs that must never be merged, however alike
  - [Kati, Kati (Senegal)]
```

Read and checked once per build, then applied by aggregation before any
automatic match. A broken file is reported with its line, and the build goes
on without it rather than guessing.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import BriefingError, FactSheetError
from .knowledge import ResolutionRules
from .sheets import line_of
from .yamlio import load_yaml

DECISIONS_FILE = "entities.yaml"


def load_decisions(content_dir: Path) -> tuple[ResolutionRules, list[BriefingError]]:
    """The corpus's merge and split rules, and any problem with the file (then no rules)."""
    path = content_dir / DECISIONS_FILE
    if not path.exists():
        return ResolutionRules(), []
    try:
        text = path.read_text(encoding="utf-8")
        data = load_yaml(text) or {}
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        mark = getattr(error, "problem_mark", None)
        return ResolutionRules(), [
            FactSheetError(
                f"not valid YAML; fix it or remove it ({error.__class__.__name__})", path, mark and mark.line + 1
            )
        ]
    problem = _check(data, root, path)
    if problem is not None:
        return ResolutionRules(), [problem]
    return ResolutionRules.from_mapping(data), []


def _check(data: object, root: yaml.Node | None, path: Path) -> BriefingError | None:
    """The first problem in the file's shape, naming its line and the form expected."""
    if not isinstance(data, dict):
        return FactSheetError("expected a mapping with the keys 'same' and 'different'", path, 1)
    for key in data:
        if key not in ("same", "different"):
            return FactSheetError(f"unknown key {key!r}; use 'same' or 'different'", path, line_of(root, [key]))
    for key in ("same", "different"):
        groups = data.get(key) or []
        if not isinstance(groups, list):
            return FactSheetError(f"'{key}' must be a list of name lists", path, line_of(root, [key]))
        for index, group in enumerate(groups):
            names_ok = isinstance(group, list) and all(isinstance(n, str) and n.strip() for n in group)
            size_ok = isinstance(group, list) and (len(group) == 2 if key == "different" else len(group) >= 2)
            if not (names_ok and size_ok):
                expected = "two names" if key == "different" else "two or more names"
                return FactSheetError(
                    f"{key}[{index}]: expected a list of {expected}, like [Assimi Goita, Col. Goita]; got {group!r}",
                    path,
                    line_of(root, [key, index]),
                )
    return None
