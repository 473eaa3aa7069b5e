package extract

import (
	"html"
	"strings"
)

// dropAnswerSplits returns cards without those that split the answer of a
// question card at its verb: "What is the capital of France?" over "Paris
// is the capital." asked the question, and "Paris" → "the capital." as
// well, a half of the answer that names nothing without the question. The
// card of a line a few lines under its question goes only when the line
// is the question's whole answer, its term, a copula and its definition,
// "is", "refers to", "is defined as" and the like (see linksTerm).
func dropAnswerSplits(cards []Card) []Card {
	type answer struct {
		file string
		line int
		text string
	}
	var answers []answer
	for _, c := range cards {
		if c.Kind == Basic && len(c.Back) < 300 && strings.HasSuffix(stripTags(c.Front), "?") && !strings.Contains(c.Back, "<li") {
			answers = append(answers, answer{c.Pos.File, c.Pos.Line, unarticled(answerText(c.Back))})
		}
	}
	if answers == nil {
		return cards // the quick test: no question answered by a line
	}
	drop := map[int]bool{}
	for i, c := range cards {
		if c.Kind != Basic || strings.HasSuffix(stripTags(c.Front), "?") || countFields(c.Front) > maxOwnedWords {
			continue
		}
		front, back := unarticled(answerText(c.Front)), answerText(c.Back)
		for _, a := range answers {
			if a.file != c.Pos.File || c.Pos.Line <= a.line || c.Pos.Line > a.line+3 {
				continue
			}
			if len(a.text) > len(front)+len(back)+1 && strings.HasPrefix(a.text, front+" ") && strings.HasSuffix(a.text, " "+back) &&
				linksTerm(a.text[len(front)+1:len(a.text)-len(back)-1]) {
				drop[i] = true
			}
		}
	}
	return withoutMarked(cards, drop)
}

// answerText returns the HTML s as plain words to compare: in lower case,
// without a full stop after them.
func answerText(s string) string {
	return strings.TrimSuffix(strings.ToLower(joinFields(html.UnescapeString(stripTags(s)))), ".")
}

// unarticled returns t without the article that opens it, as a term's
// front drops it: "the heart" asks "heart".
func unarticled(t string) string {
	for _, a := range []string{"the ", "a ", "an "} {
		t = strings.TrimPrefix(t, a)
	}
	return t
}

// linksTerm reports whether verb, the words between a term and its
// definition in a line, tie them as a definition does: a copula, or a
// copula and a naming phrase, "is defined as", "are also known as" (see
// namingPhrases).
func linksTerm(verb string) bool {
	switch verb {
	case "is", "are", "was", "were":
		return true
	}
	cop, rest, ok := strings.Cut(verb, " ")
	if !ok || cop != "is" && cop != "are" {
		return false
	}
	for _, ph := range namingPhrases {
		if len(ph) == len(rest)+1 && string(ph[:len(rest)]) == rest {
			return true
		}
	}
	return false
}
