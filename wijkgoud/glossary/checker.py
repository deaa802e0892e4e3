"""The jargon checker: which words in a text are jargon, what to say instead, and how
easy the Dutch reads. It advises; it never blocks saving."""

import re
from dataclasses import dataclass, field

import textstat

from .marking import Entry, matcher_for

LONG_SENTENCE_WORDS = 15  # B1 guidance: one message per sentence, about 15 words at most
LONG_WORD_LETTERS = 13
MAX_CHECKED_CHARS = 20_000
SENTENCES = re.compile(r"(?<=[.!?])\s+|\n{2,}")
WORDS = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class Finding:
    found: str  # the word as written
    entry: Entry


@dataclass
class Advice:
    findings: list[Finding] = field(default_factory=list)
    long_sentences: list[str] = field(default_factory=list)
    long_words: list[str] = field(default_factory=list)
    score: float | None = None  # Flesch-Douma: higher reads easier; 60+ is plain
    word_count: int = 0

    @property
    def reads_easily(self) -> bool:
        return self.score is None or self.score >= 60

    @property
    def is_empty(self) -> bool:
        return not (self.findings or self.long_sentences or self.long_words) and self.reads_easily


def check_text(text: str, language: str = "nl") -> Advice:
    """Jargon with plainer words, plus (for Dutch) long sentences, long words and a score."""
    text = (text or "")[:MAX_CHECKED_CHARS]
    advice = Advice()
    seen = set()
    for start, end, entry in matcher_for(language).find(text):
        if entry.slug not in seen:
            seen.add(entry.slug)
            advice.findings.append(Finding(text[start:end], entry))
    words = WORDS.findall(text)
    advice.word_count = len(words)
    if language != "nl" or not words:
        return advice
    for sentence in SENTENCES.split(text):
        if len(WORDS.findall(sentence)) > LONG_SENTENCE_WORDS:
            advice.long_sentences.append(sentence.strip())
    jargon = {finding.found.lower() for finding in advice.findings}
    long_words = {w for w in words if len(w) >= LONG_WORD_LETTERS and w.lower() not in jargon}
    advice.long_words = sorted(long_words, key=str.lower)
    if advice.word_count >= 10:  # a score of a few words says nothing
        textstat.set_lang("nl")
        advice.score = round(textstat.flesch_reading_ease(text))
    return advice
