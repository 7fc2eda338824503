"""Russian word forms from pymorphy3, and the spellings offered for a word it does not know.

`word_forms("доставка")` is every case and number of the noun (for an adjective, every gender,
case and number of its full form). A word the dictionary does not know, such as a brand, gets the
forms pymorphy3 predicts for a noun (ВкусВилл → вкусвилла, вкусвиллу…), and its transliteration
(`vkusvill`) and keyboard-layout slip (`dreccdbkk`) are offered. The analyzer is loaded once, on
first use; forms are cached per word, so a query run over 500,000 texts analyses each word once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_NOUN_OR_ADJECTIVE = ("NOUN", "ADJF")
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """The one pymorphy3 analyzer (its dictionary takes a moment and some memory to load).

    The dictionary is opened by its path rather than found through package entry points, which a
    PyInstaller bundle does not carry.
    """
    import pymorphy3
    import pymorphy3_dicts_ru

    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


def fold(word: str) -> str:
    """How words are compared: lower case, ё as е."""
    return word.lower().replace("ё", "е")


def is_cyrillic(word: str) -> bool:
    return any("а" <= ch <= "я" or ch == "ё" for ch in word.lower())


@lru_cache(maxsize=65536)
def is_known(word: str) -> bool:
    """Whether the dictionary knows the word (a brand usually is not known)."""
    if not is_cyrillic(word):
        return False
    return any(parse.is_known for parse in analyzer().parse(fold(word)))


@lru_cache(maxsize=65536)
def word_forms(word: str) -> frozenset[str]:
    """Every form of the word (folded), the word itself included.

    Known words: the forms of each noun or adjective reading (for other parts of speech, of the
    first reading), within that part of speech. Unknown Cyrillic words: the predicted noun forms.
    Latin words and numbers: the word itself.
    """
    folded = fold(word)
    if not is_cyrillic(folded):
        return frozenset((folded,))
    parses = analyzer().parse(folded)
    known = [p for p in parses if p.is_known]
    chosen = [p for p in known if p.tag.POS in _NOUN_OR_ADJECTIVE] or known[:1]
    if not chosen:
        chosen = [p for p in parses[:1] if p.tag.POS == "NOUN"]
    forms = {folded}
    for parse in chosen:
        pos = parse.tag.POS
        # The cases and numbers (and an adjective's genders), not its superlative or short forms.
        forms.update(fold(f.word) for f in parse.lexeme if f.tag.POS == pos and "Supr" not in f.tag)
    return frozenset(forms)


@lru_cache(maxsize=262144)
def lemmas(token: str) -> frozenset[str]:
    """The dictionary forms a token may be of (`доставки` → {'доставка'})."""
    folded = fold(token)
    if not is_cyrillic(folded):
        return frozenset((folded,))
    return frozenset(fold(p.normal_form) for p in analyzer().parse(folded))


_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_RU_KEYS = "йцукенгшщзхъфывапролджэячсмитьбю."
_EN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,./"
_TO_LATIN_KEYS = str.maketrans(_RU_KEYS + "ё", _EN_KEYS + "`")
_TO_CYRILLIC_KEYS = str.maketrans(_EN_KEYS + "`", _RU_KEYS + "ё")


def transliterate(word: str) -> str:
    """Cyrillic in Latin letters as brands usually write themselves: вкусвилл → vkusvill."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in word.lower())


def layout_slip(word: str) -> str:
    """The word typed with the other keyboard layout: вкусвилл → dreccdbkk, ghbdtn → привет."""
    lowered = word.lower()
    if is_cyrillic(lowered):
        return lowered.translate(_TO_LATIN_KEYS)
    return lowered.translate(_TO_CYRILLIC_KEYS)


@dataclass(frozen=True)
class Spellings:
    """What is offered for a word: its forms, and for an unknown word its other spellings."""

    word: str
    known: bool
    forms: frozenset[str]
    transliteration: str  # '' when the word has no Cyrillic letters
    layout_slip: str

    @property
    def offered(self) -> tuple[str, ...]:
        """The spellings to add to a brand's list: transliteration and layout slip, if different."""
        found = (self.transliteration, self.layout_slip) if not self.known else ()
        return tuple(dict.fromkeys(s for s in found if s and s != fold(self.word)))


def spellings(word: str) -> Spellings:
    """The forms of a word and, for one the dictionary does not know, its other spellings."""
    cyrillic = is_cyrillic(word)
    return Spellings(
        word,
        is_known(word),
        word_forms(word),
        transliterate(word) if cyrillic else "",
        layout_slip(word),
    )
