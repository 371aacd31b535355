"""Rules and rule sets: verbs, word lists, errors, TOML files, registry."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import newsdoc
from newsdoc import Rule, RuleError, RuleFileError, RuleSet, Stage, UnknownRuleError
from newsdoc.errors import UnknownRuleSetError

PODCAST = Rule(
    "boilerplate.podcast",
    Stage.BLOCK,
    pattern=r"^Listen to (?:the|our) podcast",
    label="boilerplate",
    kind="promo",
)
TEXT = "Headline here\n\nListen to our podcast\n\nREAD MORE: Another story about things\n"


def en() -> RuleSet:
    return newsdoc.rulesets.get("en")


def test_bad_pattern_names_rule_and_pattern() -> None:
    with pytest.raises(RuleError) as info:
        Rule("boilerplate.broken", Stage.BLOCK, pattern="(unclosed", label="boilerplate")
    assert "boilerplate.broken" in str(info.value) and "(unclosed" in str(info.value)


def test_rule_needs_valid_name_and_body() -> None:
    with pytest.raises(RuleError, match="dotted"):
        Rule("Bad Name", Stage.BLOCK, pattern="x")
    with pytest.raises(RuleError, match="a pattern, tokens or a func"):
        Rule("block.empty", Stage.BLOCK)
    with pytest.raises(RuleError, match="label"):
        Rule("block.label", Stage.BLOCK, pattern="x", label="nonsense")
    with pytest.raises(ValueError):
        Rule("block.stage", "no-such-stage", pattern="x")


def test_unknown_names_get_the_closest_known_ones_not_the_whole_list() -> None:
    with pytest.raises(UnknownRuleError) as info:
        en().disable("boilerplate.relatd")
    message = str(info.value)
    assert "did you mean 'boilerplate.related'" in message
    assert "attribution.clause" not in message and "`newsdoc rules` lists them all" in message
    with pytest.raises(UnknownRuleError, match=r"did you mean 'attribution\.clause'"):
        en()["attribution.claus"]
    with pytest.raises(UnknownRuleError, match="did you mean 'boilerplate'"):
        en().only("boilerplat")  # a group name is a valid name too
    with pytest.raises(KeyError, match="did you mean 'cue_verbs'") as words:
        en().word_list("cue_verb")
    assert "titles" not in str(words.value)
    with pytest.raises(ValueError, match=r"no stage 'blok'; did you mean 'block'\? known: block,"):
        Rule("block.x", "blok", pattern="x")
    with pytest.raises(RuleError, match=r"no token class \{nam\}; did you mean 'name'\?"):
        Rule("attribution.x", Stage.ATTRIBUTION, tokens="(?P<speaker>{nam})(?P<cue>{clause_verb})")
    with pytest.raises(UnknownRuleSetError, match="did you mean 'fr'"):
        newsdoc.rulesets.get("fre")


def test_a_rule_whose_cue_no_word_list_fills_is_refused_when_the_set_is_made() -> None:
    said = Rule(
        "attribution.said",
        Stage.ATTRIBUTION,
        tokens="(?P<speaker>{name}+)(?P<cue>{clause_verb}+)(?P<content>.+)",
    )
    with pytest.raises(RuleError, match=r"its cue reads \{clause_verb\}.*can never match"):
        RuleSet("bare", [said])
    filled = RuleSet("bare", [said], words={"clause_verbs": ["said"]})
    assert filled["attribution.said"] is said
    with pytest.raises(RuleError, match="clause_verbs"):
        filled.with_words("clause_verbs", [], replace=True)
    off = filled.disable("attribution.said").with_words("clause_verbs", [], replace=True)
    assert not off["attribution.said"].enabled  # a rule that never runs is no error
    with pytest.raises(RuleError, match="can never match"):
        off.enable("attribution.said")
    shape_cue = Rule("attribution.dash", Stage.ATTRIBUTION, tokens="(?P<speaker>{name})(?P<cue>-)")
    assert len(RuleSet("bare", [shape_cue])) == 1  # a mark is always there to read


def test_unknown_word_list_is_named() -> None:
    rule = Rule("block.words", Stage.BLOCK, pattern=r"\L<no_such_list>", label="boilerplate")
    with pytest.raises(RuleError, match="no_such_list"):
        RuleSet("x", [rule])


def test_add_before_after_and_order() -> None:
    rs = en().add(PODCAST, before="boilerplate.related")
    names = rs.names()
    assert names.index("boilerplate.podcast") == names.index("boilerplate.related") - 1
    rs2 = en().add(PODCAST, after="boilerplate.related")
    assert rs2.names().index("boilerplate.podcast") == rs2.names().index("boilerplate.related") + 1
    assert "boilerplate.podcast" not in en()  # verbs return new sets
    with pytest.raises(RuleError, match="twice"):
        rs.add(PODCAST)


def test_custom_rule_changes_the_parse_and_is_recorded() -> None:
    plain = newsdoc.parse(TEXT)
    assert "Listen to our podcast" in [p.text for p in plain.paragraphs]
    custom = newsdoc.parse(TEXT, rules=en().add(PODCAST, before="boilerplate.related"))
    bp = {b.text: (b.kind, b.rule) for b in custom.boilerplate}
    assert bp["Listen to our podcast"] == ("promo", "boilerplate.podcast")


def test_disable_enable_only_replace() -> None:
    off = en().disable("boilerplate.related")
    assert not off["boilerplate.related"].enabled
    assert "READ MORE: Another story about things" in [
        p.text for p in newsdoc.parse(TEXT, rules=off).paragraphs
    ]
    assert off.enable("boilerplate.related")["boilerplate.related"].enabled
    group_off = en().disable("boilerplate")
    assert not any(r.enabled for r in group_off if r.group == "boilerplate")
    only = en().only("attribution")
    assert all(r.enabled == (r.group == "attribution") for r in only)
    replaced = en().replace(
        Rule("boilerplate.related", Stage.BLOCK, pattern="^NEVER$", label="boilerplate")
    )
    assert replaced["boilerplate.related"].pattern == "^NEVER$"


def test_word_lists_extend_without_patterns() -> None:
    text = "Vote today\n\n“We will win,” quipped Ana Ruiz."
    assert newsdoc.parse(text).quotes[0].attribution is not None  # quipped is built in
    text2 = "Vote today\n\n“We will win,” harrumphed Ana Ruiz."
    assert newsdoc.parse(text2).quotes[0].attribution is None
    rs = en().with_words("cue_verbs", ["harrumphed"])
    a = newsdoc.parse(text2, rules=rs).quotes[0].attribution
    assert a is not None and a.cue is not None and a.cue.text == "harrumphed"
    with pytest.raises(TypeError):
        en().with_words("cue_verbs", "harrumphed")
    with pytest.raises(KeyError, match="no word list 'nope' in rule set 'en'"):
        en().word_list("nope")


def test_toml_rule_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        """
name = "mine"
base = "en"
disable = ["boilerplate.related"]

[words]
cue_verbs = ["harrumphed"]

[[rules]]
name = "boilerplate.podcast"
stage = "block"
pattern = "^Listen to (?:the|our) podcast"
label = "boilerplate"
kind = "promo"
before = "boilerplate.social"

[[rules]]
name = "attribution.took_to"
stage = "attribution"
tokens = '(?P<speaker>{name}+)(?P<cue>{word}{infinitive}{name}):(?P<content>.+)'
before = "attribution.clause"
""",
        encoding="utf-8",
    )
    rs = newsdoc.load_rules(path)
    assert rs.name == "mine" and "harrumphed" in rs.word_list("cue_verbs")
    assert rs.names().index("boilerplate.podcast") < rs.names().index("boilerplate.social")
    assert not rs["boilerplate.related"].enabled
    (a,) = newsdoc.parse("Title\n\nLater, Ana Ruiz took to X: “We won.”", rules=rs).attributions
    assert (a.rule, a.cue.text if a.cue else None) == ("attribution.took_to", "took to X")


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("name = ", "not valid TOML"),
        ("surprise = 1", "unknown top-level key"),
        ('[[rules]]\nname = "block.x"', "needs 'name' and 'stage'"),
        ('[[rules]]\nname = "block.x"\nstage = "block"\npattern = "(oops"', "block.x"),
        (
            '[[rules]]\nname = "block.x"\nstage = "block"\npattern = "x"\nfunc = "os.system"',
            "unknown key",
        ),
        ('base = "xx"', "no rule set named 'xx'"),
        ('[words]\ncue_verbs = "said"', "list of strings"),
        ('[[rules]]\nname = "block.x"\nstage = "blok"\npattern = "x"', "did you mean 'block'"),
        ('[[rules]]\nname = "block.x"\nstage = "block"\npatern = "x"', "did you mean 'pattern'"),
        ('base = "en"\ndisable = ["attribution.claus"]', "did you mean 'attribution.clause'"),
    ],
)
def test_toml_errors_name_file_and_problem(tmp_path: Path, body: str, problem: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        newsdoc.load_rules(path)
    assert str(path) in str(info.value) and problem in str(info.value)


def test_missing_rule_file() -> None:
    with pytest.raises(RuleFileError, match="cannot read"):
        newsdoc.load_rules("/no/such/file.toml")


def test_registry() -> None:
    assert "en" in newsdoc.rulesets.available()
    assert newsdoc.rulesets.get("en") is newsdoc.rulesets.get("en")
    with pytest.raises(UnknownRuleSetError, match=r"known: .*en"):
        newsdoc.rulesets.get("klingon")
    assert newsdoc.parse("x", rules="en").text == "x"


def test_every_decision_names_its_rule() -> None:
    a = newsdoc.parse(
        Path(__file__).parent.parent.joinpath("examples", "g20-trump-putin.txt").read_text()
    )
    names = set(en().names())
    assert all(b.rule in names for b in a.boilerplate)
    assert all(x.rule in names for x in a.attributions)


def test_compile_pattern_uses_the_word_lists_and_caches() -> None:
    rs = RuleSet("t", words={"cue": ["said", "say", "says"]})
    pattern = rs.compile_pattern(r"\b\L<cue>\b")
    assert [m.group() for m in pattern.finditer("she says, they said; essay")] == ["says", "said"]
    assert rs.compile_pattern(r"\b\L<cue>\b") is pattern
    assert rs.compile_pattern(r"\L<cue>", "i").search("SAID") is not None
    with pytest.raises(KeyError, match="no word list 'nope'"):
        rs.compile_pattern(r"\L<nope>")


_RULE = '[[rules]]\nname = "x.y"\nstage = "block"\npattern = "z"\n'


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("name = 3\n", "'name' must be a string"),
        ('base = ["en"]\n', "'base' must be the name"),
        ('words = ["a"]\n', "[words] must be a table"),
        ("replace_words = 1\n", "[replace_words] must be a table"),
        ('[words]\ncue_verbs = "quipped"\n', "words.cue_verbs must be a list of strings"),
        ("[words]\ncue_verbs = [1, 2]\n", "words.cue_verbs must be a list of strings"),
        ('rules = {name = "x"}\n', "'rules' must be an array"),
        ("rules = [1]\n", "rules[0] must be a table"),
        ('disable = "boilerplate"\n', "disable must be a list of strings"),
        ("enable = [true]\n", "enable must be a list of strings"),
        (_RULE.replace('"block"', "3"), "rules[0] ('x.y')"),
        (_RULE.replace('"z"', "3"), "pattern must be a string"),
        (_RULE + "label = 1\n", "label 1 is not one of"),
        (_RULE + "kind = 1\n", "kind must be a string"),
        (_RULE + "where = []\n", "where must be a string"),
        (_RULE + "flags = 1.5\n", "flags must be an int or letters"),
        (_RULE + "flags = true\n", "flags must be an int or letters"),
        (_RULE + 'flags = "q"\n', "unknown flag 'q'"),
        (_RULE + 'enabled = "yes"\n', "enabled must be true or false"),
        (_RULE + "description = 2\n", "description must be a string"),
        (_RULE + "before = 2\n", "'before' must be a str"),
        (_RULE + "after = true\n", "'after' must be a str"),
        (_RULE + "replace = 1\n", "'replace' must be a bool"),
        (_RULE + 'before = "no.such"\n', "no rule named 'no.such'"),
        (_RULE + "func = 1\n", "unknown key(s) ['func']"),
        (_RULE.replace('name = "x.y"\n', ""), "needs 'name' and 'stage'"),
        (_RULE.replace('"x.y"', "7"), "a name is dotted lower-case words"),
    ],
)
def test_every_key_of_a_rule_file_is_type_checked(tmp_path: Path, body: str, problem: str) -> None:
    path = tmp_path / "types.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        newsdoc.load_rules(path)
    assert str(path) in str(info.value) and problem in str(info.value)


def test_a_rule_file_that_is_not_utf8_or_not_a_file(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.toml"
    latin.write_bytes('name = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(RuleFileError, match="not UTF-8"):
        newsdoc.load_rules(latin)
    with pytest.raises(RuleFileError, match="cannot read the file"):
        newsdoc.load_rules(tmp_path)


def test_where_is_checked_against_the_stage() -> None:
    with pytest.raises(RuleError, match=r"where='afterwards'.*allowed: after, before"):
        Rule("quote.typo", Stage.QUOTE, pattern="x", where="afterwards")
    with pytest.raises(RuleError, match=r"where='sentence'.*allowed: previous"):
        Rule("attribution.typo", Stage.ATTRIBUTION, tokens="(?P<cue>V)", where="sentence")
    with pytest.raises(RuleError, match="leave it unset"):
        Rule("boilerplate.where", Stage.BLOCK, pattern="x", label="boilerplate", where="after")
    rule = Rule("attribution.ok", Stage.ATTRIBUTION, tokens="(?P<cue>V)", where="previous")
    assert rule.where == "previous"


def test_token_patterns_are_checked_when_the_rule_is_made() -> None:
    with pytest.raises(RuleError, match=r"attribution\.bad.*no token class \{verb\}; did you mean"):
        Rule("attribution.bad", Stage.ATTRIBUTION, tokens="(?P<cue>{verb})")
    with pytest.raises(RuleError, match=r"attribution\.open.*bad token pattern"):
        Rule("attribution.open", Stage.ATTRIBUTION, tokens="(?P<cue>V")
    with pytest.raises(RuleError, match="only attribution rules read tokens"):
        Rule("boilerplate.tokens", Stage.BLOCK, tokens="V", label="boilerplate")


def test_a_rule_whose_cue_is_a_mark_is_still_tried() -> None:
    rule = Rule(
        "attribution.name_first",
        Stage.ATTRIBUTION,
        tokens=r"^(?P<speaker>{name})(?P<cue>:)(?P<content>{quote})",
    )
    article = newsdoc.parse(
        "Title\n\nSmith: “We are ready.”", rules=en().disable("attribution").add(rule)
    )
    attribution = article.quotes[0].attribution
    assert attribution is not None and attribution.speaker.text == "Smith"


@pytest.mark.parametrize(
    "rules",
    [
        RuleSet("empty"),
        en()
        .with_words("quote_pairs", [], replace=True)
        .with_words("single_quote_pairs", [], replace=True),
        en().with_words("abbreviations", [], replace=True),
    ],
    ids=["empty set", "no quote marks", "no abbreviations"],
)
def test_sparse_rule_sets_parse_without_raising(rules: RuleSet) -> None:
    article = newsdoc.parse("Title\n\n“Yes,” Mr. Smith said. “No.”\n", rules=rules)
    assert [b.text for b in article.blocks][-1] == "“Yes,” Mr. Smith said. “No.”"


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"^a|b", "xb"),
        (r"(?m)^b", "a\nb"),
        (r"^(?:a|b)c", "xbc"),
        (r"^(?:a|b)c", "bc"),
        (r"^?b", "ab"),
        (r"[|]^|b", "ab"),
        (r"(?i)^B", "b"),
        (r"(?i)^B", "ab"),
        (r"(?#|)^b|c", "ac"),
        (r"^\|b|c", "ac"),
    ],
)
def test_search_finds_what_regex_finds(pattern: str, text: str) -> None:
    # A pattern anchored at the start is matched rather than searched: never a different answer.
    rules = RuleSet("t", [Rule("quote.p", Stage.QUOTE, pattern=pattern)])
    found = rules.compiled("quote.p").search(text)
    expected = regex.search(pattern, text)
    assert (found and found.span()) == (expected and expected.span())
