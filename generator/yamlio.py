"""Safe YAML loading for files people write: no Python tags, no surprise dates.

PyYAML's SafeLoader turns `2025-13-45` into a ValueError from deep inside the
constructor. Timestamps are kept as text here, and each reader checks the dates
it expects with an error that names the key.
"""

from __future__ import annotations

from typing import Any

import yaml

_SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML has it: the same safe constructor, parsing about ten times faster."""


class TextDateLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """SafeLoader that reads timestamps as plain strings."""


TextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str) -> Any:
    """Parse YAML safely; raises yaml.YAMLError for malformed text."""
    return yaml.load(text, Loader=TextDateLoader)
