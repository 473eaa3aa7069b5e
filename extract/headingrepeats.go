package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
)

// dropHeadingRepeats returns cards without one of each pair that asks a
// heading's words twice: "## ACID" over "ACID is a set of properties …" and
// more made "ACID" → the section and "ACID" → "a set of properties …". The
// heading's card holds the definition and what follows it, so the line's
// card goes; when the line is all the section holds ("可再入程序:被多個用戶
// 同時調用的程序"), the heading's card goes, whose answer repeats the term. A
// line whose answer the heading's card lacks (the note's title card holds
// only what no other card used) keeps its card.
func dropHeadingRepeats(cards []Card) []Card {
	var drop map[int]bool
	var lastCtx []string // the section of the last defining card, and its heading's card
	lastH := -1
	var walk sectionWalk
	defines := cardTests(cards, func(c *Card) bool { return definesOwnHeading(*c) })
	for i, c := range cards {
		if !defines[i] {
			continue
		}
		h := lastH
		if !slices.Equal(c.Context, lastCtx) {
			// A section of many such lines looks back once, not once a line.
			h, lastCtx = headingCardOf(cards[:i], c, &walk), c.Context
			lastH = h
		}
		if h < 0 || drop[h] {
			continue
		}
		ok, whole := answerAt(cards[h].Back, c.Back, c.Front)
		if !ok {
			continue
		}
		if drop == nil {
			drop = map[int]bool{}
		}
		switch {
		case whole:
			drop[h] = true // the line is the whole section: its card asks without the term repeated
		case !opensList(cards[h].Back):
			drop[i] = true
		}
	}
	return withoutMarked(cards, drop)
}

// definesOwnHeading reports whether card c asks the words of the heading it
// stands under, "SQL tuning" in "… › SQL tuning": the quick test, on the
// front's length first, before any key is built.
func definesOwnHeading(c Card) bool {
	if c.Kind == Cloze || len(c.Context) == 0 {
		return false
	}
	last := c.Context[len(c.Context)-1]
	if len(c.Front) < len(last)/2 || len(c.Front) > 2*len(last)+16 {
		return false
	}
	if f, h := firstKeyRune(c.Front), firstKeyRune(last); f != h && f != '&' && h != '&' {
		return false // keys that differ from their first rune: most fronts
	}
	var front, head [128]byte // the keys are built on the stack: this runs for every card
	return bytes.Equal(appendReadKey(front[:0], c.Front), appendReadKey(head[:0], last))
}

// firstKeyRune returns the first rune of readKey(s), -1 when the key is
// empty, without building the key: the first rune outside a tag that is
// no space, lowered. A key that opens with '&' may open with the entity
// it reads instead.
func firstKeyRune(s string) rune {
	tag := false
	for _, r := range s {
		switch {
		case tag:
			tag = r != '>'
		case r == '<':
			tag = true
		case !unicode.IsSpace(r):
			return unicode.ToLower(r)
		}
	}
	return -1
}

// headingCardOf returns the index among earlier of the card of the heading
// card c stands under: the same front, asked one level up. It returns -1
// when there is none. It looks back from the end over the cards of c's own
// section only (through walk), and stops at the first card of any other, so
// a note of many sections is walked once, not once per defining line.
func headingCardOf(earlier []Card, c Card, walk *sectionWalk) int {
	i := walk.before(earlier, c.Context)
	if i < 0 {
		return -1
	}
	if e := earlier[i]; slices.Equal(e.Context, c.Context[:len(c.Context)-1]) && e.Kind != Cloze && readKey(e.Front) == readKey(c.Front) {
		return i
	}
	return -1
}

// answerAt reports whether the back of a heading's card opens with the term
// of a line's card (after an article at most) and then its answer, or with
// the answer itself, as text, and whether that is the whole back: "SQL tuning is a broad topic …" holds
// "a broad topic …" after the term and its verb. An answer found further
// down, or after other words, is another line's: "weather - clima" at the
// end of a list of weather words under "Weather" asks for one word of it.
func answerAt(headBack, back, front string) (ok, whole bool) {
	a := strings.TrimSpace(stripTags(back))
	term := strings.ToLower(stripTags(front))
	if a == "" || term == "" {
		return false, false
	}
	text := strings.TrimSpace(stripTags(headBack))
	if strings.HasPrefix(text, a) {
		// The heading's card opens with the answer itself: "## Cyclotomic
		// Field" over "> [!definition] Cyclotomic Field" and its text.
		return true, len(a) == len(text)
	}
	t := strings.Index(strings.ToLower(text), term)
	if t < 0 || t > maxArticle {
		return false, false
	}
	i := strings.Index(text, a)
	gap := i
	for _, ph := range namingPhrases {
		if i >= len(ph) && text[i-len(ph):i] == string(ph) {
			gap -= len(ph) // "A **set** is defined as a collection …" answers "a collection …"
			break
		}
	}
	if i < t+len(term) || gap > t+len(term)+maxDefinitionGap {
		return false, false
	}
	return true, i+len(a) == len(text)
}

// opensList reports whether a heading's card answers with a list, whose
// items are cards of their own: "## ACID" over "- ACID: atomicity,
// consistency …" and "- Isolation: …" keeps the item's card, the crisp one,
// beside the heading's, which asks for the whole list.
func opensList(back string) bool {
	return strings.HasPrefix(back, "<ul>") || strings.HasPrefix(back, "<ol>") || strings.HasPrefix(back, "<ol ")
}

// maxArticle is how many bytes may come before the term in the line that
// defines a heading: an article, "The ", "La ", "A ".
const maxArticle = 4

// maxDefinitionGap is how many bytes may come between the term and its
// answer in the line that defines a heading: a verb or a sign and an
// article, "is also called the", "：", not counting a naming phrase right
// before the answer, "defined as " (see namingPhrases).
const maxDefinitionGap = 24

// dropLabelTwins returns cards without the heading's card of a section that
// is one labelled line, which another card asks with its label:
// "## Photosynthesis" over "Summary: light becomes sugar." made
// "Photosynthesis" → "Summary: light becomes sugar." and "Photosynthesis:
// Summary" → "light becomes sugar.", one fact twice. The label's card,
// the sharper question, stays. So it does when the heading's card answers
// a statement's sentence without its head: "## Regular languages" over
// "**Defn:** A language is regular if …" made "Regular languages" and
// "Regular languages: Defn", both answered by the sentence.
func dropLabelTwins(cards []Card) []Card {
	var drop map[int]bool
	var lastCtx []string // the section of the last card, and its heading's card
	h := -1
	var walk sectionWalk
	headText, textOf := "", -1 // the heading's card's back as words, read once per heading
	for i, c := range cards {
		if len(c.Context) == 0 || c.Kind == Cloze {
			continue
		}
		if !slices.Equal(c.Context, lastCtx) {
			h, lastCtx = sectionHeadCard(cards[:i], c.Context, &walk), c.Context
		}
		if h < 0 || drop[h] {
			continue
		}
		if !strings.Contains(c.Front, ": ") {
			if len(c.Front) > len("proposition") || !bareStatementHead(c.Front) {
				continue // the quick test: the label's card asks "heading: label", or a statement's head alone
			}
			if textOf != h {
				headText, textOf = stripTags(cards[h].Back), h
			}
			if f := stripTags(c.Front); definitionLabels[strings.ToLower(f)] && labelledAs(strings.Replace(headText, f+" :", f+":", 1), f, c.Back) {
				// "- **Inflation**" over "- **Definition**: prices rise" (its
				// bold read "Definition : prices rise"): the term's own card
				// answers the definition, and "Inflation: Definition", which
				// would ask the term again, goes.
				if drop == nil {
					drop = map[int]bool{}
				}
				cards[h].Back, textOf = c.Back, -1
				drop[i] = true
				continue
			}
			if a := stripTags(c.Back); a == "" || headText != a {
				continue
			}
		} else {
			label, ok := strings.CutPrefix(stripTags(c.Front), stripTags(cards[h].Front)+": ")
			if !ok {
				continue
			}
			if textOf != h {
				headText, textOf = stripTags(cards[h].Back), h // its words joined by one space each already
			}
			if !labelledAs(headText, label, c.Back) {
				continue
			}
		}
		if drop == nil {
			drop = map[int]bool{}
		}
		drop[h] = true
	}
	return withoutMarked(cards, drop)
}

// definitionLeads reports whether a term's card answers with a list of two
// or more bold-labelled lines whose first is the definition the card of
// label answers, "<ul><li><strong>Definition</strong>: trading goods …</li>
// <li><strong>Example</strong>: rice for a goat</li></ul>", and returns the
// items after it. A list with a list inside, or with an unlabelled line, is
// not read.
func definitionLeads(termBack, label, def string) (rest string, ok bool) {
	body, ok := strings.CutPrefix(termBack, "<ul><li>")
	if !ok {
		return "", false
	}
	if body, ok = strings.CutSuffix(body, "</li></ul>"); !ok || strings.Contains(body, "<ul>") || strings.Contains(body, "<ol") {
		return "", false
	}
	first, rest, ok := strings.Cut(body, "</li><li>")
	if !ok || def == "" {
		return "", false
	}
	if l, b, ok := boldLabelled(first); !ok || l != label || b != def {
		return "", false
	}
	for _, item := range strings.Split(rest, "</li><li>") {
		if _, _, ok := boldLabelled(item); !ok {
			return "", false
		}
	}
	return "<li>" + rest + "</li>", true
}

// boldLabelled splits a list item's HTML that opens with a bold label,
// "<strong>Example</strong>: rice for a goat" or "<strong>Example:</strong>
// rice for a goat", into "Example" and "rice for a goat".
func boldLabelled(item string) (label, back string, ok bool) {
	rest, ok := strings.CutPrefix(item, "<strong>")
	if !ok {
		return "", "", false
	}
	label, back, ok = strings.Cut(rest, "</strong>")
	if !ok || strings.Contains(label, "<") {
		return "", "", false
	}
	if l, colon := strings.CutSuffix(label, ":"); colon {
		back, ok = strings.CutPrefix(back, " ")
		return l, back, ok && l != "" && back != ""
	}
	back, ok = strings.CutPrefix(back, ": ")
	return label, back, ok && label != "" && back != ""
}

// labelCardsFollow reports whether each item of rest, bold-labelled lines
// "<li><strong>Cost</strong>: billed per hour</li>", is asked by the card
// after the last in turn, its label's card in the section ctx ("Cost" or
// "Site-to-Site VPN: Cost" → "billed per hour").
func labelCardsFollow(after []Card, ctx []string, term, rest string) bool {
	items := strings.Split(strings.TrimSuffix(strings.TrimPrefix(rest, "<li>"), "</li>"), "</li><li>")
	if len(after) < len(items) {
		return false
	}
	for k, item := range items {
		label, back, _ := boldLabelled(item)
		if c := after[k]; !slices.Equal(c.Context, ctx) || c.Kind == Cloze || !asksLabel(c.Front, term, label) || c.Back != back {
			return false
		}
	}
	return true
}

// asksLabel reports whether front asks label of term, "Definition" or
// "Barter: Definition" (its owner named or not), both HTML.
func asksLabel(front, term, label string) bool {
	if l, ok := strings.CutPrefix(front, term+": "); ok {
		front = l
	}
	return stripTags(front) == stripTags(label)
}

// dropDefinitionTwins returns cards without the card of a term's definition
// when the term's card answers it among other bold-labelled lines:
// "- **Barter**" over "- **Definition**: trading goods …" and "- **Cost**:
// …" made "Barter" → the whole list and "Barter: Definition" → the
// definition, one question twice. The term's card, front and GUID kept,
// answers the definition now, with the other lines under it when one of
// them has no card of its own ("Example: rice for a goat"); the other
// labels keep their cards.
// It runs after nameOwners, which counts the "Definition" cards to tell the
// labels terms share.
func dropDefinitionTwins(cards []Card) []Card {
	var drop map[int]bool
	for i := 1; i < len(cards); i++ {
		c, h := cards[i], &cards[i-1]
		n := len(c.Context)
		if n == 0 || drop[i-1] || c.Kind == Cloze || h.Kind == Cloze || len(c.Front) > len(h.Front)+len(": definitions") || !slices.Equal(h.Context, c.Context[:n-1]) {
			continue // the quick test: the term's card stands right before its definition's, one level up
		}
		label := stripTags(strings.TrimPrefix(c.Front, h.Front+": "))
		if !definitionLabels[strings.ToLower(label)] {
			continue
		}
		rest, ok := definitionLeads(h.Back, label, c.Back)
		if !ok {
			continue
		}
		h.Back = c.Back
		if !labelCardsFollow(cards[i+1:], c.Context, h.Front, rest) {
			h.Back += "<ul>" + rest + "</ul>"
		}
		if drop == nil {
			drop = map[int]bool{}
		}
		drop[i] = true
	}
	return withoutMarked(cards, drop)
}

// bareStatementHead reports whether front is a statement's head with no
// name, "Defn" or "Theorem", as a card asks it before its owner names it
// (see askPartsWithOwner).
func bareStatementHead(front string) bool {
	name, ok := isStatementHead(front)
	return ok && name == ""
}

// sectionHeadCard returns the index among earlier of the card just before
// the cards of the section ctx, if it stands one level up: the card of the
// section's heading. It returns -1 when there is none. walk looks back over
// the cards of the section itself.
func sectionHeadCard(earlier []Card, ctx []string, walk *sectionWalk) int {
	if i := walk.before(earlier, ctx); i >= 0 && slices.Equal(earlier[i].Context, ctx[:len(ctx)-1]) && earlier[i].Kind != Cloze {
		return i
	}
	return -1
}

// labelledAs reports whether a heading card's back, read as text with its
// runs of spaces made one (headText), is the one line "label: back" (or its
// bullet): nothing more. label is text. The caller reads headText once per
// heading: a section of 20,000 paragraphs read it again for each of their
// labelled cards.
func labelledAs(headText, label, back string) bool {
	rest, ok := strings.CutPrefix(headText, strings.Join(strings.Fields(label), " "))
	if !ok {
		return false
	}
	rest, ok = strings.CutPrefix(rest, ":")
	if !ok {
		rest, ok = strings.CutPrefix(rest, "：")
	}
	a := stripTags(back) // its words joined by one space each, as headText's
	return ok && a != "" && strings.TrimSpace(rest) == a
}

// dropNarrowTwins returns cards without one of each pair that asks a
// heading's one-paragraph section twice under nearly its words, as
// dropHeadingRepeats does under the same words. "### Sound Argument" over
// "An argument is **sound** iff it is valid …" made "Sound Argument" and
// "sound", both answered by the whole sentence: the heading's card names
// more, and the line's goes. "### Premise" over "**Premises** are
// statements …" made "Premise" → the sentence and "Premises" → its
// definition: the line's card asks without the term repeated, and the
// heading's goes; a heading over a list ("## Limits" over "- Limit: …")
// asks for the list and keeps its card. Only a card right after its
// heading's card is read.
func dropNarrowTwins(cards []Card) []Card {
	var drop map[int]bool
	for i := 1; i < len(cards); i++ {
		c, h := cards[i], cards[i-1]
		n := len(c.Context)
		if n == 0 || c.Kind == Cloze || h.Kind == Cloze || len(h.Context) != n-1 || len(c.Front) > len(h.Front)+2 ||
			c.Back != h.Back && len(c.Front) < len(h.Front)-2 {
			continue // the quick test: a twin answers as its heading does, or asks in its words, a plural's two more or less
		}
		var hk, lk [128]byte // the keys are built on the stack, as definesOwnHeading's
		head := appendReadKey(hk[:0], h.Front)
		if !bytes.Equal(head, appendReadKey(lk[:0], c.Context[n-1])) || !slices.Equal(c.Context[:n-1], h.Context) {
			continue
		}
		hw, cw := frontWords(string(head)), frontWords(readKey(c.Front))
		mark := -1
		switch {
		case c.Back == h.Back && len(cw) < len(hw) && containsRun(hw, cw):
			mark = i
		case pluralTwins(hw, cw) && !opensList(h.Back):
			if ok, whole := answerAt(h.Back, c.Back, c.Front); ok && whole {
				mark = i - 1
			}
		}
		if mark >= 0 {
			if drop == nil {
				drop = map[int]bool{}
			}
			drop[mark] = true
		}
	}
	return withoutMarked(cards, drop)
}

// frontWords splits a front's read key (see readKey) into its words, at every
// sign that is no letter or digit: "increasing/decreasing" is two words.
func frontWords(key string) []string {
	return strings.FieldsFunc(key, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// containsRun reports whether the words of run stand one after another
// among words: "sound" in "sound argument", "cauchy" in "definition of
// cauchy sequence".
func containsRun(words, run []string) bool {
	if len(run) == 0 {
		return false
	}
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// pluralTwins reports whether two fronts' words differ only in the plural
// of their last word: "premise" and "premises", "matrix" and "matrixes".
func pluralTwins(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	k := len(a) - 1
	if !slices.Equal(a[:k], b[:k]) {
		return false
	}
	x, y := a[k], b[k]
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) > 2 && (y == x+"s" || y == x+"es")
}
