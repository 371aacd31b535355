"""The rule set's words as resolution reads them: titles, pronouns, first names and
the words that tell a gender, a place, a body or a group (built once per rule set)."""

from __future__ import annotations

import attrs

from newsdoc.rules import RuleSet

__all__ = ["Lexicon", "lexicon", "word_key"]


@attrs.frozen
class Lexicon:
    titles: frozenset[str]
    female: frozenset[str]  # titles and nouns that tell a woman
    male: frozenset[str]
    gendered: frozenset[str]
    female_pronouns: frozenset[str]
    male_pronouns: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    plural: frozenset[str]
    neuter: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    suffixes: frozenset[str]
    connectors: frozenset[str]
    organizations: frozenset[str]
    places: frozenset[str]
    place_nouns: frozenset[str]  # a name of two words or more ending in one is a place
    groups: frozenset[str]
    bodies: frozenset[str]
    modifiers: frozenset[str]
    dates: frozenset[str]
    organization_nouns: frozenset[str]
    plural_nouns: frozenset[str]
    coordinators: frozenset[str]
    stops: frozenset[str]  # function words, determiners, sentence openers
    determiners: frozenset[str]
    definite: frozenset[str]
    relatives: frozenset[str]
    common: frozenset[str]  # lower-case words of the language: not names
    roles: frozenset[str]

    @classmethod
    def of(cls, rules: RuleSet) -> Lexicon:
        def low(*names: str) -> frozenset[str]:
            return frozenset(word_key(w) for name in names for w in rules.words.get(name, ()) if w)

        female_names, male_names = low("female_names"), low("male_names")
        # the generated tables (``first_names.py``) under the hand-kept lists, less the
        # words the set knows otherwise ('will', 'said', 'van'): a name of a table is weak
        known = low(
            "function_words",
            "determiners",
            "sentence_openers",
            "non_names",
            "cue_verbs",
            "stance_verbs",
            "role_nouns",
            "adverbs",
            "gap_stops",
            "titles",
            "place_names",
            "name_modifiers",
            "date_words",
            "name_particles",
            "name_connectors",
            "pronouns",
            "organization_words",
            "group_words",
            "coordinators",
        )
        tables = [
            frozenset(map(str.lower, rules.words.get(f"{g}_first_names", ())))
            for g in ("female", "male")
        ]
        table_female = tables[0] - known - male_names
        table_male = tables[1] - known - female_names
        female_names, male_names = female_names | table_female, male_names | table_male
        determiners = low("determiners")
        return cls(
            titles=low("titles"),
            female=low("female_titles", "female_nouns"),
            male=low("male_titles", "male_nouns"),
            gendered=low("female_titles", "female_nouns", "male_titles", "male_nouns"),
            female_pronouns=low("female_pronouns"),
            male_pronouns=low("male_pronouns"),
            pronouns=low("pronouns", "plural_pronouns", "neuter_pronouns", "first_person"),
            first_person=low("first_person"),
            plural=low("plural_pronouns"),
            neuter=low("neuter_pronouns"),
            female_names=female_names - male_names,
            male_names=male_names - female_names,
            suffixes=low("name_suffixes"),
            connectors=low("name_connectors"),
            organizations=low("organization_words"),
            places=low("place_names"),
            place_nouns=low("place_nouns"),
            groups=low("group_words"),
            bodies=low("body_nouns"),
            modifiers=low("name_modifiers"),
            dates=low("date_words"),
            organization_nouns=low("organization_nouns"),
            plural_nouns=low("plural_nouns"),
            coordinators=low("coordinators"),
            stops=low("function_words", "determiners", "sentence_openers", "non_names"),
            determiners=determiners,
            definite=determiners - low("indefinite_determiners"),
            relatives=low("relative_pronouns"),
            common=low("cue_verbs", "stance_verbs", "role_nouns", "adverbs", "gap_stops"),
            roles=low("role_nouns", "titles"),
        )

    def gender(self, key: str) -> str | None:
        """``female``/``male`` for a title or noun that tells a gender, else ``None``."""
        return "female" if key in self.female else "male" if key in self.male else None

    def first_name(self, key: str) -> str | None:
        """``female``/``male`` for a first name of the lists; a compound (``jean-marc``) not
        listed whole takes the gender its parts agree on."""
        if key in self.female_names:
            return "female"
        if key in self.male_names:
            return "male"
        if "-" in key:
            parts = {self.first_name(part) for part in key.split("-") if part}
            if len(parts) == 1:
                return parts.pop()
        return None


def lexicon(rules: RuleSet) -> Lexicon:
    return rules.derived("resolve.lexicon", Lexicon.of)


def word_key(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    return w.rstrip(".")
