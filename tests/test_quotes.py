"""The quotation-mark scanner on raw text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.attribution.quotes import scan_quotes


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quotes(text)]


def test_guillemets_with_non_breaking_spaces_exclude_marks_and_spaces():
    text = "Il a dit\u00a0: «\u202fC'est faux\u00a0», puis « encore »."
    assert contents(text) == ["C'est faux", "encore"]


def test_nested_quotes_belong_to_the_outer_quote():
    text = "« Il m'a dit “non” et ‹ jamais › », raconte-t-elle."
    assert contents(text) == ["Il m'a dit “non” et ‹ jamais ›"]


def test_straight_and_curly_quotes():
    assert contents('Il a dit "oui" puis “non”.') == ["oui", "non"]


def test_unclosed_quote_stops_at_the_paragraph_end():
    text = "Il a écrit « De retour demain.\nLe lendemain, rien."
    quotes = scan_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["De retour demain."]
    assert not quotes[0].closed


def test_stray_closing_marks_are_ignored():
    assert contents("« un » » et « deux »") == ["un", "deux"]


def test_paragraph_reopening_an_unclosed_quote_continues_it():
    text = "Il a déclaré : « Nous irons.\n« Et nous gagnerons », a-t-il ajouté."
    quotes = scan_quotes(text)
    assert len(quotes) == 2
    assert quotes[1].continues and quotes[1].paragraph == 1


def test_dialogue_dash_line():
    text = "— Tu viens ? demanda-t-il."
    quotes = scan_quotes(text)
    assert quotes[0].mark == "—" and text[quotes[0].start : quotes[0].end] == "Tu viens ? demanda-t-il."


def test_long_unclosed_quote_does_not_swallow_a_huge_paragraph():
    text = "« Début. " + "Phrase suivante du récit. " * 100
    quote = scan_quotes(text)[0]
    assert quote.end < 100


MARKS = st.sampled_from(list('«»“”„‹›"—–:,. \n\u00a0') + ["mot", "Il", "dit"])


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKS, max_size=200).map("".join))
def test_scanner_never_crashes_and_spans_are_inside_and_ordered(text):
    quotes = scan_quotes(text)
    previous_end = -1
    for quote in quotes:
        assert 0 <= quote.open_at <= quote.start <= quote.end <= len(text)
        assert quote.close_at is None or quote.end <= quote.close_at < len(text)
        assert quote.open_at >= previous_end  # top-level quotes never overlap: well nested
        previous_end = quote.outer_end


def test_scanner_handles_100000_unmatched_marks():
    """Each mark is pushed and popped at most once; bench/bench_scanner.py shows the linear cost."""
    text = "«" * 50_000 + "”" * 50_000
    quotes = scan_quotes(text)
    assert len(quotes) == 1 and not quotes[0].closed


def test_an_opening_guillemet_typed_for_the_closing_one_closes():
    text = "« Nous partirons demain « , a-t-il dit. Il hésite : « Et après ? «\nLa suite."
    assert [text[s.start : s.end] for s in scan_quotes(text)] == ["Nous partirons demain", "Et après ?"]


def test_a_nested_guillemet_followed_by_words_still_opens():
    text = "« Il m'a dit « non » hier », raconte-t-elle."
    assert [text[s.start : s.end] for s in scan_quotes(text)] == ["Il m'a dit « non » hier"]
