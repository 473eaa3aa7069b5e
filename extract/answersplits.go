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
// is the question's whole answer, its term, a copula and its definition.
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
			for _, verb := range []string{" is ", " are ", " was ", " were "} {
				if a.text == front+verb+back {
					drop[i] = true
				}
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
