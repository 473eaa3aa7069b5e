package extract

import (
	"slices"
	"strings"
)

// continuedMark matches the mark of a heading that continues the one before
// it at its level, alone or after that heading's text: "(cont.)",
// "Encoding - How? (continued)", "Memory, cont'd", "— continued".
var continuedMark = lazyRegexp(`(?i)^(.*?)[\s,:–—-]*(?:\((?:cont\.?|cont'd|contd|continued)\)|(?:^|[,:–—-]\s*)(?:cont\.?|cont'd|contd|continued))\.?$`)

// continued returns h, a heading, as the heading it continues when it is
// marked so: slides carry a section on with "## (cont.)", and the cards
// under it belong to "Encoding - How?", the heading before it at its level
// in heads, not to a section named "(cont.)". A heading that names itself
// ("Memory (cont.)") loses the mark.
func continued(h heading, heads []heading) heading {
	if !containsFoldASCII(h.text, "cont") {
		return h // the quick test
	}
	m := continuedMark().FindStringSubmatch(strings.TrimSpace(h.text))
	if m == nil {
		return h
	}
	if name := strings.TrimSpace(m[1]); name != "" {
		h.text, h.html = name, escapeText(name)
		return h
	}
	for k := len(heads) - 1; k >= 0; k-- {
		if heads[k].level == h.level {
			h.text, h.html = heads[k].text, heads[k].html
			return h
		}
		if heads[k].level < h.level {
			break
		}
	}
	return h
}

// containsFoldASCII reports whether s holds sub in any case, as
// strings.Contains(strings.ToLower(s), sub) does, without a lower-case copy
// of s. sub is lower-case ASCII without "i", "k" or "s": "İ" lowers to an
// "i", "ſ" folds to an "s" and the Kelvin sign to a "k".
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// continuedHeading reports whether t, a heading's text, is marked as
// continuing the heading before it (see continued). A chunk of a long note
// never starts at one: mergeContinued needs the card of the heading it
// continues.
func continuedHeading(t string) bool {
	return containsFoldASCII(t, "cont") && continuedMark().MatchString(strings.TrimSpace(t))
}

// mergeContinued joins the card at index at, made by a heading marked as
// continued ("#### Seq2seq (cont.)", see continued), to the card of the
// same front and context made before it: slides carry one subject over
// several headings, and two cards "Seq2seq" would ask one question with
// two answers. The earlier card keeps its identity and takes both answers.
func (b *builder) mergeContinued(at int) {
	if at >= len(b.cards) {
		return
	}
	c := b.cards[at]
	for k := at - 1; k >= 0; k-- {
		o := &b.cards[k]
		if len(o.Context) < len(c.Context) || !slices.Equal(o.Context[:len(c.Context)], c.Context) {
			return // the scan leaves the section the heading sits in
		}
		if o.Front != c.Front || o.Kind != c.Kind || c.Kind != Basic || !slices.Equal(o.Context, c.Context) {
			continue
		}
		o.Back = asBlock(o.Back) + asBlock(c.Back)
		b.cards = slices.Delete(b.cards, at, at+1)
		return
	}
}
