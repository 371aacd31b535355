"""``newsdoc explain``: what the attribution rules see, and why speech did or did not form."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsdoc
from newsdoc import Rule, Stage, UnknownRuleError
from newsdoc.cli import main
from newsdoc.explain import building_blocks, class_table, explain, explain_rule

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
MISSED = (
    "Road works\n\n"
    "“The road stays closed until Monday,” Patrol Chief Ines Garber with the Harbour "
    "Police Department said.\n\n"
    "Ana Ruiz said the pier would open. Would it?\n\n"
    "Mayor Bo Lind said in a statement.\n\n“We are ready.”"
)


def test_letters_show_what_the_rules_read_quotes_as_q() -> None:
    first = explain(MISSED).sentences[0]
    assert first.codes == "QCTCCpDCRRV."
    assert first.letters[0].letter == "Q" and first.letters[0].name == "quote"
    assert first.letters[0].text == "“The road stays closed until Monday,”"
    assert [x.name for x in first.letters[1:3]] == ["name", "title"]
    assert first.text.startswith("“The road") and first.text.endswith("said.")


def test_a_missed_sentence_says_how_far_each_rule_read() -> None:
    first = explain(MISSED).sentences[0]
    assert first.attributions == ()
    trials = {t.rule: t for t in first.trials}
    fronted = trials["attribution.fronted_quote"]
    assert fronted.outcome == "no match"
    assert "stopped before 'Police' (R role_noun)" in fronted.note
    assert "the cue group ANY_CUE" in fronted.stopped
    groups = dict(fronted.groups)
    assert groups["speaker"].of(MISSED) == "Patrol Chief Ines Garber"
    assert fronted.reached is not None
    assert fronted.reached.of(MISSED).endswith("with the Harbour")
    noun = trials["attribution.noun_cue"]
    assert noun.outcome == "not tried" and "{noun_cue} (N)" in noun.note
    assert "attribution.lead" not in trials  # a where=previous rule reads another sentence


def test_a_formed_speech_names_its_rule_groups_and_resolved_speaker() -> None:
    report = explain(MISSED, sentence="pier")
    (s,) = report.sentences
    formed = [t for t in s.trials if t.outcome == "formed"]
    assert [t.rule for t in formed] == ["attribution.clause"]
    groups = {g: span.of(MISSED) for g, span in formed[0].groups}
    assert groups == {"speaker": "Ana Ruiz", "cue": "said", "content": "the pier would open"}
    (a,) = s.attributions
    assert a.speaker.name == "Ana Ruiz" and a.rule == "attribution.clause"
    later = [t for t in s.trials if t.outcome == "not tried" and "were read" in t.note]
    assert later  # the cue was read: later rules that read it are not tried
    text = report.text()
    assert "speech formed:" in text and "speaker resolved to 'Ana Ruiz' (person)" in text


def test_sentence_notes_questions_and_quotes_read_by_the_sentence_before() -> None:
    report = explain(MISSED)
    by_text = {s.text: s for s in report.sentences}
    assert by_text["Would it?"].note.startswith("a question")
    quote = by_text["“We are ready.”"]
    assert quote.note.startswith("quotes only")
    assert [t.rule for t in quote.trials if t.outcome == "formed"] == ["attribution.lead"]
    no_cue = explain("T\n\nThe pier is old.").sentences[0]
    assert no_cue.note.startswith("no cue letter") and no_cue.trials == ()


def test_sentences_chosen_by_number_or_words_and_errors_name_the_closest() -> None:
    assert [s.number for s in explain(MISSED, sentence=2).sentences] == [2]
    assert [s.number for s in explain(MISSED, sentence="ANA RUIZ").sentences] == [2]
    with pytest.raises(ValueError, match="no sentence 9: the text has 5 sentence"):
        explain(MISSED, sentence=9)
    with pytest.raises(ValueError, match=r"the closest is sentence 2: 'Ana Ruiz said"):
        explain(MISSED, sentence="Ana Ruis said")
    with pytest.raises(TypeError):
        explain(MISSED, sentence=1.5)  # type: ignore[arg-type]


def test_an_article_of_an_unregistered_set_needs_its_rules() -> None:
    mine = newsdoc.rulesets.get("en").renamed("mine")
    article = newsdoc.parse("Talks\n\nAna Ruiz said it was late.", rules=mine)
    with pytest.raises(ValueError, match="rule set 'mine', which is not registered"):
        explain(article)
    assert explain(article, rules=mine).sentences[0].attributions == article.attributions


def test_an_article_already_parsed_is_explained_with_its_own_rule_set() -> None:
    article = newsdoc.parse(
        "Streit\n\n„Das kommt zu spät“, sagte die Ministerin am Montag.", rules="auto"
    )
    (s,) = explain(article).sentences
    assert article.ruleset == "de"
    assert [t.rule for t in s.trials if t.outcome == "formed"] == [article.attributions[0].rule]


def test_every_attribution_of_a_token_rule_shows_as_formed(tmp_path: Path) -> None:
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        report = explain(text)
        for s in report.sentences:
            formed = {t.rule for t in s.trials if t.outcome == "formed"}
            assert formed == {a.rule for a in s.attributions if a.rule in formed}
            for a in s.attributions:
                if a.rule not in ("attribution.split", "attribution.floating"):
                    assert a.rule in formed, (s.text, a.rule)
        assert report.html().count('class="nd-x-head"') == len(report.sentences)


def test_explain_rule_names_and_expands_the_building_blocks() -> None:
    shown = explain_rule("attribution.fronted_quote")
    lines = shown.splitlines()
    assert lines[0].startswith("attribution.fronted_quote  [attribution, on]")
    assert "QUOTE_FIRST(?P<speaker>SUBJECT)PAREN" in lines[2]
    assert "  MENTION = (?:ROLE|GROUP|NAME|{pronoun})" in lines
    assert any(line.strip().startswith("A noun phrase ending in a role noun") for line in lines)
    assert (
        "tried on sentences holding one of {participle} (I), {cue_verb} (U), {clause_verb} (V)"
        in (shown)
    )
    assert "a function rule" in explain_rule("attribution.split")
    assert "MENTION = (?:{pronoun}|NOUN_PHRASE)" in explain_rule("attribution.dialogue_dash", "fr")
    with pytest.raises(UnknownRuleError, match=r"did you mean 'attribution\.clause'"):
        explain_rule("attribution.claus")
    blocks = building_blocks(newsdoc.rulesets.get("en"))
    assert "NAME" in blocks and "AFTER_SPEAKER" in blocks and "{" in blocks["NAME"]


def test_a_users_rule_is_shown_like_a_built_in_one() -> None:
    from newsdoc.rulesets.en.attribution import MENTION

    mine = Rule(
        "attribution.mine",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{MENTION})(?P<cue>{{clause_verb}})(?P<content>.+)",
    )
    rules = newsdoc.rulesets.get("en").add(mine)
    assert "(?P<speaker>MENTION)(?P<cue>{clause_verb})" in explain_rule("attribution.mine", rules)


def test_class_table_lists_every_class_with_its_list() -> None:
    table = class_table("en")
    assert "V  {clause_verb}" in table and "Q  {quote}" in table
    assert "inverted_pronouns (empty: never seen)" in table


def test_cli_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(MISSED, encoding="utf-8")
    assert main(["explain", str(path), "--sentence", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("sentence 1 (paragraph 1): “The road")
    assert "letters: QCTCCpDCRRV." in out and "not tried" in out
    assert main(["explain", str(path), "-s", "1", "--tried-only"]) == 0
    assert "not tried" not in capsys.readouterr().out
    assert main(["explain", "--text", "T\n\nAna Ruiz said it was late.", "--html"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and 'class="nd-speaker nd-c0"' in page
    out_file = tmp_path / "x.html"
    assert main(["explain", str(path), "--html", "-o", str(out_file)]) == 0
    assert "Sentence 5" in out_file.read_text(encoding="utf-8")
    assert main(["explain", "--rule", "attribution.clause"]) == 0
    assert "building blocks:" in capsys.readouterr().out
    assert main(["explain", "--classes", "--rules", "de"]) == 0
    assert "clause_verbs" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["explain"], "give a PATH"),
        (["explain", "--rule", "attribution.claus"], "did you mean 'attribution.clause'"),
        (["explain", "--text", "T\n\nA b.", "-s", "9"], "no sentence 9"),
        (["explain", "--rules", "fre", "--classes"], "did you mean 'fr'"),
        (["explain", "--rules", "auto", "--rule", "attribution.clause"], "names no one set"),
    ],
)
def test_cli_explain_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_each_english_building_block_reads_the_first_example_of_its_docstring() -> None:
    """Every building block of the English rules says what it reads with an example (the
    first ````…```` of its docstring), and reads it: a block that only marks a position
    (a lookaround) needs an example but is not matched against it."""
    import regex

    from newsdoc.explain import _block_docs, _blocks_of
    from newsdoc.pipeline.tokens import class_pattern

    en = newsdoc.rulesets.get("en")
    module = "newsdoc.rulesets.en.attribution"
    docs = _block_docs(module)
    blocks = {n: v for n, (v, m) in _blocks_of(en).items() if m == module}
    assert {"NAME", "ROLE", "MENTION", "SUBJECT", "AFTER_SPEAKER"} <= set(blocks)
    for name, value in blocks.items():
        examples = regex.findall(r"``(.+?)``", docs.get(name, ""))
        assert examples, f"{name} has no example in its docstring"
        if regex.match(r"\(\?(?:[=!]|:\^\|\(\?<)", value):
            continue  # a position, not words
        letters = "".join(s.codes for s in explain(f"Title\n\n{examples[0]}", rules=en).sentences)
        pattern = regex.compile(class_pattern(value), regex.VERBOSE)
        read = [m for m in pattern.finditer(letters, overlapped=True) if m.end() > m.start()]
        assert read, f"{name} reads nothing of its example {examples[0]!r} ({letters})"


@pytest.mark.parametrize(
    "name", ["Sen. Tom Carper", "Patrol Chief James Hall", "Maine Sen. Susan Collins"]
)
def test_the_name_block_reads_titles_after_a_first_word(name: str) -> None:
    import regex

    from newsdoc.pipeline.tokens import class_pattern
    from newsdoc.rulesets.en.attribution import NAME

    (s,) = explain(f"Title\n\n{name} said it.").sentences
    letters = s.codes[: -len("VP.")]
    assert regex.fullmatch(class_pattern(NAME), letters), (name, letters)


def test_speech_that_goes_on_is_listed_under_the_sentence_that_says_it() -> None:
    article = newsdoc.parse(
        "Streit\n\nDer Minister sagte, die Lage sei ernst. Die Regierung habe keinen Plan.",
        rules="de",
    )
    first, second = explain(article).sentences
    assert [t.rule for t in first.trials if t.outcome == "formed"] == ["attribution.clause"]
    assert [a.rule for a in first.attributions] == ["attribution.clause"]
    assert [a.rule for a in second.attributions] == ["attribution.subjunctive_runs_on"]
    assert "goes on from a sentence before: attribution.subjunctive_runs_on" in second.note
