"""Reading, checking and writing fact-sheet files.

A fact sheet is edited by people, so every problem is reported with the file,
the line and what to write instead, and all problems of a file are collected
before the file is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry
import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .atomic import write_text_atomic
from .errors import FactSheetError
from .factsheet import FactSheet, from_dict, to_dict
from .yamlio import TextDateLoader, load_yaml

SCHEMA_FILE = Path(__file__).parent / "schema" / "factsheet.schema.json"

HEADER = (
    "# Briefing fact sheet (schema 1). Reviewed by people: edit any fact in place.\n"
    "# Format: docs/fact-sheets.md. Check with: briefing check\n"
)


@dataclass(frozen=True)
class SheetChecker:
    """Validates fact-sheet data against the JSON Schema and the rules a schema cannot say."""

    validator: Draft202012Validator

    @classmethod
    def create(cls) -> SheetChecker:
        """Load the shipped schema once."""
        schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
        return cls(Draft202012Validator(_inline_refs(schema, schema.get("$defs", {}))))

    def problems(self, path: Path, text: str) -> list[FactSheetError]:
        """Every problem in one fact sheet's text, each with its line."""
        return self._check(path, text)[1]

    def _check(self, path: Path, text: str) -> tuple[Any, list[FactSheetError]]:
        """The parsed sheet and its problems; the YAML node tree, for line numbers, is only built when needed."""
        try:
            data = load_yaml(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            problem = getattr(error, "problem", None) or "invalid YAML"
            line = mark.line + 1 if mark is not None else None
            message = f"not valid YAML ({problem}); check indentation and quote values that contain ':'"
            return None, [FactSheetError(message, path, line)]
        if not isinstance(data, dict):
            return data, [
                FactSheetError("a fact sheet must be a mapping with keys schema, article, countries, ...", path, 1)
            ]
        errors = sorted(self.validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
        if not errors and not _semantic_problems(path, data, None):
            return data, []  # the common case: composing the node tree costs as much as parsing again
        root = yaml.compose(text, Loader=TextDateLoader)
        found = [FactSheetError(_describe(e), path, line_of(root, list(e.absolute_path))) for e in errors]
        if not found:
            found = _semantic_problems(path, data, root)
        return data, found

    def load(self, path: Path) -> FactSheet:
        """A valid fact sheet, or a FactSheetError naming its first problem."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise FactSheetError(f"cannot read fact sheet: {error}", path) from None
        data, problems = self._check(path, text)
        if problems:
            first = problems[0]
            more = f" (and {len(problems) - 1} more; see briefing check)" if len(problems) > 1 else ""
            raise FactSheetError(first.message + more, path, first.line)
        return from_dict(data)


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with each plain `{"$ref": "#/$defs/x"}` replaced by x itself.

    Same rules, same errors at the same places; jsonschema then checks a sheet in
    half the time, as it no longer resolves a reference at every fact.
    """
    if isinstance(node, dict):
        ref = node.get("$ref")
        if len(node) == 1 and isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs:
            return _inline_refs(defs[ref[8:]], defs)
        return {key: _inline_refs(value, defs) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline_refs(value, defs) for value in node]
    return node


def dump_fact_sheet(sheet: FactSheet) -> str:
    """The YAML text of a fact sheet, with a short header for reviewers."""
    return dump_sheet_data(to_dict(sheet))


def dump_sheet_data(data: dict[str, Any]) -> str:
    """The YAML text of a fact sheet's mapping, with a short header for reviewers."""
    text = yaml.dump(data, Dumper=_SafeDumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    return HEADER + text


_SafeDumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""libyaml's emitter when PyYAML has it: the same text as SafeDumper for our sheets, about five times faster."""


def write_fact_sheet(sheet: FactSheet, path: Path) -> None:
    """Write a fact sheet atomically."""
    write_text_atomic(path, dump_fact_sheet(sheet))


def _describe(error: ValidationError) -> str:
    """A schema error in words a reviewer can act on."""
    where = _dotted(list(error.absolute_path)) or "top level"
    got = error.instance
    match error.validator:
        case "required":
            return f"{where}: {error.message.split(' is a required')[0]} is required; add it"
        case "additionalProperties":
            return f"{where}: {error.message}; remove the key or fix its spelling"
        case "type":
            return f"{where}: expected {error.validator_value}, got {got!r}"
        case "enum":
            allowed = ", ".join(str(v) for v in error.validator_value)
            return f"{where}: {got!r} is not one of: {allowed}"
        case "pattern":
            return f"{where}: {got!r} is not in the expected form ({_pattern_hint(where)})"
        case "anyOf" if where.endswith("published"):
            return f"{where}: expected a date like 2025-08-12 or null, got {got!r}"
        case "anyOf" if where.endswith("evidence"):
            return f"{where}: expected the evidence sentence as text, or a mapping with text/start/end"
        case "const":
            return f"{where}: expected {error.validator_value!r}, got {got!r}"
    return f"{where}: {error.message}"


def _pattern_hint(where: str) -> str:
    """What a pattern-checked field looks like."""
    if where.endswith(("code", "country")):
        return "an ISO 3166-1 alpha-3 code such as MLI"
    if where.endswith("value"):
        return "YYYY, YYYY-MM, YYYY-MM-DD or START/END"
    if where.endswith(("id", "reprint_of")) or "reprints[" in where:
        return "an article id: lower-case letters, digits and dashes"
    if where.endswith("language"):
        return "an ISO 639-1 code such as en or fr"
    return "see docs/fact-sheets.md"


def _semantic_problems(path: Path, data: dict[str, Any], root: yaml.Node | None) -> list[FactSheetError]:
    """Rules beyond the schema: known country codes, event dates not after publication, id matches file."""
    problems: list[FactSheetError] = []
    article_id = data["article"]["id"]
    if path.suffix in (".yaml", ".yml") and path.stem != article_id:
        problems.append(
            FactSheetError(
                f"article.id is {article_id!r} but the file is named {path.name}; rename one to match",
                path,
                line_of(root, ["article", "id"]),
            )
        )
    if data["article"].get("reprint_of") == article_id:
        problems.append(
            FactSheetError(
                "article.reprint_of names the article itself; give the id of the article it reprints, or null",
                path,
                line_of(root, ["article", "reprint_of"]),
            )
        )
    for kind, key in (("countries", "code"), ("people", "country"), ("places", "country")):
        for index, fact in enumerate(data.get(kind) or []):
            code = fact.get(key)
            if code and pycountry.countries.get(alpha_3=code) is None and code != "XKX":
                problems.append(
                    FactSheetError(
                        f"{kind}[{index}].{key}: unknown country code {code!r}; use an ISO 3166-1 alpha-3 code",
                        path,
                        line_of(root, [kind, index, key]),
                    )
                )
    published = data["article"].get("published")
    for index, event in enumerate(data.get("events") or []):
        value = ((event.get("date") or {}).get("value") or "").split("/")[0]
        if published and value and value > published and event.get("status", "reported") == "reported":
            problems.append(
                FactSheetError(
                    f"events[{index}].date.value: {value} is after the article's publication date {published}; "
                    "fix the date or mark the event status: planned",
                    path,
                    line_of(root, ["events", index, "date", "value"]),
                )
            )
    return problems


def _dotted(path: list[Any]) -> str:
    """['events', 0, 'date'] -> 'events[0].date'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def line_of(root: yaml.Node | None, path: list[Any]) -> int | None:
    """The 1-based line of the YAML node at `path` (of its key, for a mapping entry), or of its deepest parent."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for part in path:
        if isinstance(node, yaml.MappingNode):
            entry = next(((k, v) for k, v in node.value if k.value == part), None)
            if entry is None:
                break
            # The key's line: a block list or mapping as value starts on the line after it.
            line, node = entry[0].start_mark.line + 1, entry[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line
