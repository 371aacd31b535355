"""Spanish attribution rules: the shared Latin rules (:mod:`newsdoc.rulesets.latin`) as
they are; Spanish needs no construction of its own beyond them."""

from __future__ import annotations

from newsdoc.rulesets.latin import ATTRIBUTION_RULES

__all__ = ["ATTRIBUTION_RULES"]
