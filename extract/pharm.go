package extract

import (
	"bytes"
	"strings"
	"unicode"
)

// twinOf reports whether the card front, back, which repeats a card made
// already, asks a part of another owner: "- Class: β1-selective blocker"
// under "**Atenolol**" repeats the line under "**Metoprolol**", and
// "Function: compress abdomen, flex trunk" stands under both "External
// oblique" and "Internal oblique". Each is a question of its own once
// nameOwners asks it with its drug or muscle; dropping the second lost
// Atenolol's class. The first card is looked for among this builder's
// cards and the last ones of the chunks before (see lastCard), and only
// for a short front, a part's label.
func (b *builder) twinOf(front, back string, sc scope) bool {
	if len(sc.heads)+len(sc.parents) == 0 || len(front) > 160 || countFields(stripTags(front)) > maxOwnedWords {
		return false // the quick tests: no owner, or longer than a part's label
	}
	owner := innermost(sc)
	if countFields(owner) > maxOwnedWords {
		return false // a sentence over a list copied twice names no owner
	}
	if c, ok := b.lastCard(front, back); ok {
		o1, ok := ownerText(c, b.columns)
		o2, _ := ownerText(Card{Back: back, Context: b.cardContext(sc)}, b.columns)
		return ok && o1 != o2
	}
	// A table's row repeating a card from further back repeats another
	// table's row.
	return rowCard(Card{Back: back, Context: b.cardContext(sc)}, b.columns)
}

// lastCard returns the last card front, back among the maxTwinGap cards
// made before, which run on into the cards of the chunks before this
// one's (builder.earlier): the builder finds the same card a whole
// note's builder finds.
func (b *builder) lastCard(front, back string) (Card, bool) {
	k := 0
	for _, cards := range [2][]Card{b.cards, b.earlier} {
		for i := len(cards) - 1; i >= 0 && k <= maxTwinGap; i, k = i-1, k+1 {
			if cards[i].Front == front && cards[i].Back == back {
				return cards[i], true
			}
		}
	}
	return Card{}, false
}

// maxTwinGap is how many cards back twinOf looks for the card a repeat
// repeats: the parts of two drugs or muscles sit within a few sections of
// each other, and a list pasted again further down is a repeat all the
// same. Looking further made a note with a list of 10,000 items pasted
// twice take 7 s instead of 0.3 s.
const maxTwinGap = 256

// innermost returns the text of the innermost level of scope sc, the
// bullet or heading a card sits under (see cardContext).
func innermost(sc scope) string {
	if len(sc.parents) > 0 {
		return sc.parents[len(sc.parents)-1]
	}
	return sc.heads[len(sc.heads)-1].text
}

// dropTwins returns cards without the repeats twinOf let through whose
// owners differ in nothing else they both have: "arriba: upstairs" under
// "## Home related" and under "## Location related phrases", with
// "abajo" repeated alike, copies a list, where "Function" under "External
// oblique" and "Internal oblique", whose "Origin" differs, asks two
// muscles. The first card of each repeat is kept.
func dropTwins(cards []Card, columns map[string]bool) []Card {
	type pair struct{ front, back string }
	first := make(map[pair]int, len(cards))
	parts := map[string]map[string]string{} // owner → its parts' fronts → their backs
	for i, c := range cards {
		k := pair{c.Front, c.Back}
		if _, ok := first[k]; !ok {
			first[k] = i
		}
		if o, ok := ownerText(c, columns); ok {
			if parts[o] == nil {
				parts[o] = map[string]string{}
			}
			parts[o][partText(c.Front, o)] = c.Back
		}
	}
	drop := map[int]bool{}
	diffs := map[pair][]string{} // owners → up to two parts whose answers differ (see differing)
	for i, c := range cards {
		j := first[pair{c.Front, c.Back}]
		if j == i {
			continue
		}
		o1, ok1 := ownerText(cards[j], columns)
		o2, ok2 := ownerText(c, columns)
		if !ok1 || !ok2 || o1 == o2 {
			drop[i] = true
			continue
		}
		d, ok := diffs[pair{o1, o2}]
		if !ok {
			d = differing(parts[o1], parts[o2])
			diffs[pair{o1, o2}] = d
		}
		if skip := partText(c.Front, o2); len(d) == 0 || len(d) == 1 && d[0] == skip {
			drop[i] = !rowCard(c, columns) && !ownValue(c.Back, parts[o1], parts[o2]) // a table's row under other headings is theirs (see ownerText)
		}
	}
	return withoutMarked(cards, drop)
}

// rowCard reports whether card c is a row of a table that records what
// its heading's thing is in several columns: its context ends in the
// table's first column (see builder.table), and its answer holds two
// values under their columns' names or more ("<b>Average</b>: O(n)<br>
// <b>Worst</b>: O(n)"). A row of two columns, "spazieren" → stroll, is a
// term, the same under any heading.
func rowCard(c Card, columns map[string]bool) bool {
	return len(c.Context) > 0 && columns[c.Context[len(c.Context)-1]] &&
		strings.HasPrefix(c.Back, "<b>") && strings.Contains(c.Back, "<br><b>")
}

// ownerText returns the innermost level of card c's context, the owner
// its front may be a part of. A table's row (see rowCard) is owned by the
// path of headings over its table, its column left off:
// "Search" → O(n) in a table whose first column is "Operation" under
// "## Arrays › Time Complexity" and under "## Stacks › Time Complexity"
// are two structures' rows, not one row copied twice.
func ownerText(c Card, columns map[string]bool) (string, bool) {
	k := len(c.Context)
	if k == 0 {
		return "", false
	}
	if k > 1 && rowCard(c, columns) {
		return strings.Join(c.Context[:k-1], " › "), true
	}
	return c.Context[k-1], true
}

// partText returns front without the owner aspectFront asked it with:
// "Atenolol: SE" is Atenolol's "SE".
func partText(front, owner string) string {
	if p, ok := strings.CutPrefix(front, escapeText(owner)+": "); ok {
		return p
	}
	return front
}

// differing returns up to two parts that owners a and b both have and
// answer differently: with one besides the repeated part, they are two
// drugs, two muscles, not one list copied twice. dropTwins asks it once
// per pair of owners; asked for each repeat, a list of 10,000 items pasted
// under a second owner compared 10,000 parts 10,000 times. Which two are
// found does not matter: with two, one differs besides any part.
func differing(a, b map[string]string) []string {
	if len(b) < len(a) {
		a, b = b, a
	}
	var out []string
	for f, back := range a {
		if other, ok := b[f]; ok && other != back {
			if out = append(out, f); len(out) == 2 {
				break
			}
		}
	}
	return out
}

// itemParents are the aspects of a drug or a disease that students list
// the parts of under a label, beyond aspects: "- dosing:" over "+ HTN:
// 50-100mg daily", "- Interventions" over "- Airway: …", "## Diagnostics"
// over "- **Catalase**: negative" under "# S. pneumoniae".
var itemParents = map[string]bool{"dose": true, "doses": true, "treatment": true, "management": true,
	"diagnosis": true, "investigations": true, "presentation": true, "signs and symptoms": true,
	"symptoms": true, "considerations": true, "interventions": true, "monitoring": true, "labs": true,
	"workup": true, "diagnostics": true}

// aspectItemFront asks a short term listed under an aspect label with the
// owner the label belongs to: "HTN: 50-100mg daily" under "- dosing:" under
// "# Metoprolol" reads "Metoprolol dosing: HTN", and "ECG: ST elevation"
// under "- Dx" under "# Myocardial infarction" "Myocardial infarction Dx:
// ECG". Asked bare, "HTN" or "ECG" has one answer per drug or disease.
// Without a level above the label, or for a longer front (a sentence, not
// a term), front stays as it is.
func aspectItemFront(front string, sc scope) string {
	n := len(sc.heads) + len(sc.parents)
	if n < 2 || len(front) > 120 || strings.ContainsAny(front, ":?") {
		return front // the quick tests: no owner over a label, or no term
	}
	label := labelText(levelText(sc, n-1))
	if !isItemParent(label) {
		return front
	}
	// The owner is the level above the label that is no label itself:
	// "LFTs" under "Labs" under "Workup" under "# Pancreatitis".
	i := n - 2
	for i > 0 && isItemParent(labelText(levelText(sc, i))) {
		i--
	}
	owner := labelText(levelText(sc, i))
	if owner == "" || isItemParent(owner) || countFields(owner) > maxOwnedWords || countFields(stripTags(front)) > 4 {
		return front
	}
	return escapeText(owner) + " " + escapeText(label) + ": " + front
}

// labelText returns a level's text without its closing colon.
func labelText(level string) string {
	return strings.TrimSpace(strings.TrimRight(untagged(level), ":："))
}

// isItemParent reports whether label is an aspect (or one of itemParents)
// whose items aspectItemFront asks with their owner. The items of one of
// laterAspects keep the fronts they were asked with: "Lactic acidosis →
// more with Phenformin" under "- S/E", and the rows of a table whose first
// column is headed "Adverse effect".
func isItemParent(label string) bool {
	return len(label) <= lookupKeyMax && !lookupLower(laterAspects, label) &&
		(lookupLower(aspects, label) || capsAspects[label] || lookupLower(itemParents, label))
}

// labelPrefix returns the length of the prefix of key, a front's readKey,
// that aspectItemFront put before a part listed under label, "metoprolol
// dosing: " before "htn" under "dosing", else 0: nameOwners counts "HTN"
// as the part it is.
func labelPrefix(key []byte, label string) int {
	i := bytes.Index(key, []byte(": "))
	if i <= 0 || !isItemParent(label) {
		return 0
	}
	l := []byte(strings.ToLower(label))
	if !bytes.HasSuffix(key[:i], l) || i == len(l) || key[i-len(l)-1] != ' ' {
		return 0
	}
	return i + 2
}

// levelText returns the plain text of level i of scope sc, its headings
// then its parent bullets, outermost first (as cardContext orders them).
func levelText(sc scope, i int) string {
	if i < len(sc.heads) {
		return sc.heads[i].text
	}
	return sc.parents[i-len(sc.heads)]
}

// anatomyParts are the labels anatomy notes give the parts of a muscle, a
// nerve or a region: "Medial: linea semilunaris" under "Inguinal triangle
// (Hesselbach)", "Innervation: genitofemoral nerve" under "Scrotum". Each
// asks nothing without the structure it belongs to (see aspectFront).
var anatomyParts = map[string]bool{"medial": true, "lateral": true, "anterior": true, "posterior": true,
	"superior": true, "inferior": true, "roof": true, "floor": true, "apex": true, "boundaries": true,
	"borders": true, "relations": true, "course": true, "origin": true, "insertion": true,
	"innervation": true, "nerve supply": true, "blood supply": true, "arterial supply": true,
	"venous drainage": true, "lymphatic drainage": true, "lymphatics": true, "vasculature": true,
	"anterior wall": true, "posterior wall": true, "superior wall": true, "inferior wall": true,
	"medial wall": true, "lateral wall": true, "anterior layer": true, "posterior layer": true}

// ownValue reports whether back, the answer of a part that owners a and b
// both have, is a value each owner has of its own: a number or a range
// (see valueOnly), and the only part the two share. "Typical values:
// 0.5-1" under "subsample" and again under "colsample_bytree" gives each
// parameter's range; a list of numbers copied under two headings shares
// every part.
func ownValue(back string, a, b map[string]string) bool {
	if !valueOnly(back) {
		return false
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	shared := 0
	for f := range a {
		if _, ok := b[f]; ok {
			if shared++; shared > 1 {
				return false
			}
		}
	}
	return true
}

// valueOnly reports whether back, a card's answer, is a short value with
// no word, a number or a range: "0.5-1", "3-10".
func valueOnly(back string) bool {
	if back == "" || len(back) > 32 {
		return false
	}
	hasDigit := false
	for _, r := range back {
		switch {
		case r >= '0' && r <= '9':
			hasDigit = true
		case unicode.IsLetter(r):
			return false
		}
	}
	return hasDigit
}
