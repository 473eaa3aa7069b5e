package extract

import (
	"html"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// A stackedToggle is one <details> of an HTML block that holds several,
// typed one under the other with no blank line between, so Markdown reads
// them as one block: "<details>", "<summary>Yo.</summary>", "<p>Estudio -
// o …</p>", "</details>", "<details>", ….
type stackedToggle struct {
	summary string // the summary's text, plain
	body    string // the raw HTML between "</summary>" and "</details>"
	line    int    // the line of its "<details>", counted from the block's first
}

// stackedToggles returns the toggles of n when n is an HTML block of two or
// more <details> one after the other and nothing else, each with a
// <summary> and no <details> inside, one at least asking or naming
// something ("Yo.", "When do we use the present tense?"), or nil.
func (p *parsed) stackedToggles(n ast.Node) []stackedToggle {
	h, ok := n.(*ast.HTMLBlock)
	if !ok {
		return nil
	}
	raw := p.rawBlock(h)
	lower := strings.ToLower(raw)
	if strings.Count(lower, "<details") < 2 {
		return nil
	}
	var out []stackedToggle
	at, asks := 0, false
	for {
		rest := strings.TrimLeft(lower[at:], " \t\r\n")
		if rest == "" {
			break
		}
		start := len(lower) - len(rest)
		if !strings.HasPrefix(rest, "<details") {
			return nil // text or another tag between the toggles
		}
		end := strings.Index(lower[start:], "</details>")
		if end < 0 {
			return nil
		}
		end += start
		if strings.Count(lower[start:end], "<details") != 1 {
			return nil // a toggle inside a toggle
		}
		m := summaryText().FindStringSubmatchIndex(raw[start:end])
		if m == nil {
			return nil
		}
		summary := strings.TrimSpace(joinFields(html.UnescapeString(stripTags(raw[start+m[2] : start+m[3]]))))
		asks = asks || asksStacked(summary)
		out = append(out, stackedToggle{summary: summary, body: raw[start+m[1] : end], line: strings.Count(raw[:start], "\n")})
		at = end + len("</details>")
	}
	if len(out) < 2 || !asks {
		return nil
	}
	return out
}

// asksStacked reports whether summary, a stacked toggle's, asks or names
// something: it holds a letter and is more than a label of its answer,
// "Tú." but not "1." nor "Show answer".
func asksStacked(summary string) bool {
	return strings.ContainsFunc(summary, unicode.IsLetter) && !answerLabel(summary)
}

// stackedToggleCards makes a card of each toggle of the HTML block n (see
// stackedToggles): the summary asks, what it hides answers. A toggle that
// hides nothing, "Conjugacion(ar, er, ir)." over "<p></p>", or whose summary
// only numbers or labels its answer, "1." over "Tener", asks nothing.
func (b *builder) stackedToggleCards(n ast.Node, ts []stackedToggle, sc scope) {
	line := b.p.lineOf(n)
	for _, t := range ts {
		if !asksStacked(t.summary) {
			continue
		}
		r := b.p.newRenderer(false)
		r.rawHTML(t.body)
		back := strings.TrimSpace(r.close())
		if strings.TrimSpace(stripTags(back)) == "" {
			continue
		}
		b.add(escapeText(t.summary), back, Basic, line+t.line, sc)
	}
	b.cover(n)
}
