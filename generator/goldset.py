"""A gold set on disk: gold fact sheets, the articles they describe, and which ones are held out.

Layout (tests/gold is one):

    GOLD/facts/<id>.yaml      gold fact sheets (GOLD_DIR for `briefing eval`)
    GOLD/articles/<id>.md     the articles, found as GOLD_DIR/../articles or GOLD_DIR/articles
    GOLD/holdout.txt          ids kept out of rule development, one a line ('#' starts a comment)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .articles import article_files, read_article
from .errors import BriefingError
from .evaluate import Scores, evaluate
from .extract import Extractor
from .factsheet import FactSheet
from .gold_sheets import load_gold


@dataclass(frozen=True)
class GoldSet:
    """Gold sheets paired with their article files."""

    sheets: tuple[FactSheet, ...]
    articles: dict[str, Path]
    holdout: frozenset[str]

    @classmethod
    def load(cls, gold_dir: Path, articles_dir: Path | None = None) -> GoldSet:
        """Read every gold sheet of a folder and find each one's article."""
        if not gold_dir.is_dir():
            raise BriefingError(f"no gold folder {gold_dir}")
        if articles_dir is None:
            articles_dir = next(
                (d for d in (gold_dir.parent / "articles", gold_dir / "articles") if d.is_dir()), gold_dir
            )
        sheets = tuple(load_gold(p) for p in sorted(gold_dir.glob("*.y*ml")))
        if not sheets:  # an empty score would look like a perfect one
            raise BriefingError(f"no gold fact sheets (*.yaml) in {gold_dir}; give the folder that holds them")
        files = {p.stem: p for p in article_files(articles_dir)}
        missing = [s.article.id for s in sheets if s.article.id not in files]
        if missing:
            raise BriefingError(f"no article in {articles_dir} for gold sheet(s): {', '.join(missing)}")
        holdout_file = gold_dir.parent / "holdout.txt"
        holdout: frozenset[str] = frozenset()
        if holdout_file.is_file():
            lines = holdout_file.read_text(encoding="utf-8").splitlines()
            holdout = frozenset(s for line in lines if (s := line.split("#", 1)[0].strip()))
        return cls(sheets, {s.article.id: files[s.article.id] for s in sheets}, holdout)

    def split(self, name: str) -> list[FactSheet]:
        """'dev', 'holdout' or 'all' gold sheets."""
        if name == "all":
            return list(self.sheets)
        keep = name == "holdout"
        return [s for s in self.sheets if (s.article.id in self.holdout) == keep]

    def predict(self, extractor: Extractor, sheets: list[FactSheet]) -> list[FactSheet]:
        """Extract each gold sheet's article, dated as the gold sheet says."""
        return [
            extractor.extract(read_article(self.articles[s.article.id]), published=s.article.published) for s in sheets
        ]

    def score(self, extractor: Extractor) -> dict[str, Scores]:
        """Scores per split: dev and holdout when some are held out, and all."""
        return self.compare({s.article.id: s for s in self.predict(extractor, list(self.sheets))})

    def compare(self, predicted: dict[str, FactSheet]) -> dict[str, Scores]:
        """Scores per split of the gold sheets that have a counterpart in `predicted` (by article id)."""
        names = ["dev", "holdout", "all"] if self.holdout else ["all"]
        return {
            name: evaluate(gold, [predicted[g.article.id] for g in gold])
            for name in names
            if (gold := [g for g in self.split(name) if g.article.id in predicted])
        }


def second_annotation(folder: Path, gold: GoldSet) -> dict[str, FactSheet]:
    """Another annotator's sheets of some gold articles, by article id: scored against the gold sheets, they
    measure how far two annotators agree (the ceiling an extractor is measured against)."""
    sheets = {s.article.id: s for s in (load_gold(p) for p in sorted(folder.glob("*.y*ml")))}
    known = {s.article.id for s in gold.sheets}
    if not sheets.keys() & known:
        raise BriefingError(f"no sheet in {folder} is of an article of the gold set; name them <id>.yaml")
    return sheets
