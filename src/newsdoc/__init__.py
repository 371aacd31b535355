"""newsdoc: parse a news article into typed objects that point back into its text.

>>> import newsdoc
>>> article = newsdoc.parse("Summit opens\\n\\n“It went well,” said Jane Doe.")
>>> article.quotes[0].attribution.speaker.name
'Jane Doe'
"""

from newsdoc import rulesets
from newsdoc._version import __version__
from newsdoc.batch import parse_many
from newsdoc.errors import (
    NewsdocError,
    NoArticle,
    NotAPage,
    RuleError,
    RuleFileError,
    RuleTimeout,
    UnknownRuleError,
    UnknownRuleSetError,
)
from newsdoc.explain import explain
from newsdoc.html import parse_html
from newsdoc.model import (
    Article,
    Attribution,
    AttributionKind,
    Block,
    Boilerplate,
    Byline,
    Cue,
    Dateline,
    Headline,
    Mention,
    Meta,
    Paragraph,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from newsdoc.parse import parse
from newsdoc.rows import attribution_rows, source_rows
from newsdoc.rulefile import load_rules
from newsdoc.rules import Rule, RuleSet, Stage

__all__ = [
    "Article",
    "Attribution",
    "AttributionKind",
    "Block",
    "Boilerplate",
    "Byline",
    "Cue",
    "Dateline",
    "Headline",
    "Mention",
    "Meta",
    "NewsdocError",
    "NoArticle",
    "NotAPage",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Rule",
    "RuleError",
    "RuleFileError",
    "RuleSet",
    "RuleTimeout",
    "Span",
    "Speaker",
    "Stage",
    "UnknownRuleError",
    "UnknownRuleSetError",
    "__version__",
    "attribution_rows",
    "explain",
    "load_rules",
    "parse",
    "parse_html",
    "parse_many",
    "rulesets",
    "source_rows",
]
