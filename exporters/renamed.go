package exporters

import (
	"strings"
	"unicode"

	"github.com/notes2deck/notes2deck/extract"
)

// maxRenamedGroup bounds the pairs of cards and notes KeepRenamedGUIDs
// compares under one heading path with one answer: more new cards and
// orphaned notes than that with the same answer ("Yes" under a heading
// rewritten at once) are too many to tell apart, and they stay new.
const maxRenamedGroup = 256

// KeepRenamedGUIDs detects renames, as git does for files: it gives a card
// whose GUID the previous build did not know the GUID of an orphan, a note
// the previous build wrote that no card of decks has now, when the two are
// one card edited. A card's GUID hashes its deck, headings and front, so a
// student who fixed a typo in a heading ("## Mitocondria" to "##
// Mitochondria"), renumbered or reworded it, moved a card under another
// heading of the deck, or fixed a typo in a front ("ATP synthese" to "ATP
// synthase") made each such card a new note, added in Anki beside its
// reviewed copy; so did a front or heading that a newer notes2deck words
// otherwise.
//
// A card and an orphan pair when they are of the same kind (reversed counts
// as basic) in the same deck (see DeckIdentity), with the same answer (the
// Back field compared as NormaliseFront does; a cloze's text holds its
// answers, and its Extra is not compared), and either
//
//   - the same front (a cloze's text), compared as NormaliseFront does: the
//     card moved to other headings; or
//   - the same heading path and fronts that are close (see frontsClose): the
//     front was edited. A heading path from which the moved cards all went
//     to one other, or one above such a path that changed with it, counts
//     as that other (see learnRenames): a heading renamed as a front under
//     it was edited, or a heading renamed whose own card (its front the
//     heading) sits under the heading above it; or
//   - heading paths of the same depth whose headings are each the same or
//     close, and close fronts: both edited, as when a newer notes2deck
//     dropped the outline letter of "A. Thiazide Diuretics" from the
//     heading and from the fronts it prefixes.
//
// The pair must be the only one: a card or orphan that could pair with two
// stays as it is (two headings renamed, each with "Is it reversible?" and
// the answer "Yes", keep both cards new rather than risk swapping them).
// The moved cards pair first, then the edited ones. A card whose front and
// answer both changed is not paired: nothing tells it from a new card that
// took the place of a deleted one. Nor is a card whose deck was renamed:
// Anki would keep it in the old deck.
//
// remembered calls its argument with the GUID, deck, kind and fields of
// each note the previous build wrote and still had a card of (see
// apkg.NoteState); prev is as KeepGUIDs's. ids must be NewCardIDs(decks),
// made before any GUID of decks was set.
func KeepRenamedGUIDs(decks []extract.Deck, ids *CardIDs, prev func(guid string) []string,
	remembered func(each func(guid, deck, kind string, fields []string))) {
	var cards []renamed                   // the cards whose GUID is new
	moved := map[string][]int{}           // indexes into cards, by front and back
	edited := map[string][]int{}          // indexes into cards, by Context field and back
	answers := map[string][]int{}         // indexes into cards, by kind, deck and back
	decksOf := make([]string, len(decks)) // DeckIdentity of each deck
	for i, d := range decks {
		for j, c := range d.Cards {
			if c.GUID != "" || prev(ids.GUIDs[i][j]) != nil {
				continue
			}
			if decksOf[i] == "" {
				decksOf[i] = DeckIdentity(d.Name)
			}
			context := contextField(c.Context)
			if c.Kind == extract.Cloze {
				context = inertClozes(context)
			}
			r := newRenamed(c.Kind.String(), decksOf[i], NormaliseFront(c.Front), noteHTML(c.Back), context)
			r.ref = cardRef{i, j}
			moved[r.key(r.front)] = append(moved[r.key(r.front)], len(cards))
			edited[r.key(r.context)] = append(edited[r.key(r.context)], len(cards))
			answers[r.key("")] = append(answers[r.key("")], len(cards))
			cards = append(cards, r)
		}
	}
	if len(cards) == 0 {
		return
	}
	n := 0
	for _, d := range decks {
		n += len(d.Cards)
	}
	taken := make(map[string]bool, n) // the GUIDs the cards have now
	for i, d := range decks {
		for j, c := range d.Cards {
			taken[ids.GUIDs[i][j]] = true
			if c.GUID != "" {
				taken[c.GUID] = true
			}
		}
	}
	var orphans []renamed             // the notes no card has with the kind, deck and back of a card
	identities := map[string]string{} // DeckIdentity of each deck name remembered
	remembered(func(guid, deck, kind string, fields []string) {
		if taken[guid] || len(fields) < 3 {
			return
		}
		id, ok := identities[deck]
		if !ok {
			id = DeckIdentity(deck)
			identities[deck] = id
		}
		o := newRenamed(kind, id, "", fields[1], fields[2])
		if answers[o.key("")] != nil {
			o.guid, o.front = guid, NormaliseFront(fields[0])
			orphans = append(orphans, o)
		}
	})
	if len(orphans) == 0 {
		return
	}
	// The moved cards: one card and one orphan of a front and back.
	byMoved := map[string][]int{} // indexes into orphans, by front and back
	for k, o := range orphans {
		if key := o.key(o.front); moved[key] != nil {
			byMoved[key] = append(byMoved[key], k)
		}
	}
	renames := map[string]string{} // the new Context field of an old one, by kind and deck; "" when two
	for key, os := range byMoved {
		cs := moved[key]
		if len(cs) != 1 || len(os) != 1 {
			continue
		}
		c, o := &cards[cs[0]], &orphans[os[0]]
		decks[c.ref.i].Cards[c.ref.j].GUID = o.guid
		c.paired, o.paired = true, true
		learnRenames(renames, o.kind, o.context, c.context)
	}
	// The edited fronts: under one heading path (the new one of a path the
	// moved cards show renamed, see renames), with one back, a card and an
	// orphan whose fronts are close to each other's and to no other's.
	byEdited := map[string][]int{} // indexes into orphans left, by Context field and back
	for k, o := range orphans {
		if o.paired {
			continue
		}
		key := o.key(o.context)
		if to := renames[o.kind+o.context]; edited[key] == nil && to != "" {
			key = o.key(to)
		}
		if edited[key] != nil {
			byEdited[key] = append(byEdited[key], k)
		}
	}
	for key, os := range byEdited {
		pairClose(decks, cards, orphans, edited[key], os, func(c, o *renamed) bool {
			return frontsClose(c.front, o.front)
		})
	}
	// Both edited: under heading paths of the same depth whose headings are
	// each the same or close, with one back, a card and an orphan whose
	// fronts are close to each other's and to no other's ("A. Thiazide
	// Diuretics: Usage" under "A. Thiazide Diuretics" as the headings lost
	// their outline letters).
	byAnswer := map[string][]int{} // indexes into orphans left, by kind, deck and back
	for k, o := range orphans {
		if !o.paired {
			byAnswer[o.key("")] = append(byAnswer[o.key("")], k)
		}
	}
	for key, os := range byAnswer {
		pairClose(decks, cards, orphans, answers[key], os, func(c, o *renamed) bool {
			return frontsClose(c.front, o.front) && contextsClose(c.context, o.context)
		})
	}
}

// pairClose gives each card of cs (indexes into cards) not yet paired the
// GUID of the one orphan of os (indexes into orphans, none paired) that is
// close to it, when that orphan is close to no other card; more than
// maxRenamedGroup pairs are not compared.
func pairClose(decks []extract.Deck, cards, orphans []renamed, cs, os []int, close func(c, o *renamed) bool) {
	var left []int
	for _, c := range cs {
		if !cards[c].paired {
			left = append(left, c)
		}
	}
	if len(left) == 0 || len(left)*len(os) > maxRenamedGroup {
		return
	}
	closeTo := make([]int, len(os)) // how many cards each orphan is close to
	match := make([]int, len(left)) // the one orphan close to each card, -1 for none, -2 for two
	for a, c := range left {
		match[a] = -1
		for b, o := range os {
			if !close(&cards[c], &orphans[o]) {
				continue
			}
			closeTo[b]++
			if match[a] == -1 {
				match[a] = b
			} else {
				match[a] = -2
			}
		}
	}
	for a, b := range match {
		if b >= 0 && closeTo[b] == 1 {
			c, o := &cards[left[a]], &orphans[os[b]]
			decks[c.ref.i].Cards[c.ref.j].GUID = o.guid
			c.paired, o.paired = true, true
		}
	}
}

// contextsClose reports whether two Context fields are one heading path
// edited: as many headings, each the same or close (see frontsClose).
func contextsClose(a, b string) bool {
	if strings.Count(a, ContextSep) != strings.Count(b, ContextSep) {
		return false
	}
	for a != "" || b != "" {
		x, restA, _ := strings.Cut(a, ContextSep)
		y, restB, _ := strings.Cut(b, ContextSep)
		if x != y && !frontsClose(NormaliseFront(x), NormaliseFront(y)) {
			return false
		}
		a, b = restA, restB
	}
	return true
}

// learnRenames records in renames, the new Context field of each old one by
// kind and deck (see renamed), that a card of kind moved from heading path
// from to heading path to, and so each heading above it that changed: from
// "Cells › Mitocondria › ATP" to "Cells › Mitochondria › ATP" renames
// "Cells › Mitocondria" too, where the heading's own card is. Paths of
// different depths rename the whole path only. A path renamed to two is
// recorded as "".
func learnRenames(renames map[string]string, kind, from, to string) {
	fromLevels, toLevels := strings.Split(from, ContextSep), strings.Split(to, ContextSep)
	if len(fromLevels) != len(toLevels) {
		fromLevels, toLevels = []string{from}, []string{to}
	}
	for n := len(fromLevels); n > 0; n-- {
		f, t := strings.Join(fromLevels[:n], ContextSep), strings.Join(toLevels[:n], ContextSep)
		if f == t {
			return // and so are the paths above
		}
		if was, ok := renames[kind+f]; !ok {
			renames[kind+f] = t
		} else if was != t {
			renames[kind+f] = ""
		}
	}
}

// A renamed is a card whose GUID is new, or a note no card has, as
// KeepRenamedGUIDs pairs them.
type renamed struct {
	ref     cardRef // the card's place; unset for a note
	guid    string  // the note's GUID; "" for a card
	kind    string  // kind (reversed counts as basic) and deck, each ended by "\x1f"
	front   string  // normalised
	back    string  // normalised
	context string  // the Context field
	paired  bool
}

// newRenamed returns the renamed of a card or note of kind in the deck
// of identity deck, whose Back field is back. A cloze's text is its
// question and its answers: its Extra, the heading path unless the
// student wrote one, is not compared.
func newRenamed(kind, deck, front, back, context string) renamed {
	switch kind {
	case extract.Reversed.String():
		kind = extract.Basic.String() // as in PackageGUIDs
	case extract.Cloze.String():
		back = ""
	}
	return renamed{kind: kind + "\x1f" + deck + "\x1f", front: front, back: NormaliseFront(back), context: context}
}

// key returns r's kind, deck and back with middle (its front, its Context
// field, or "") between them.
func (r *renamed) key(middle string) string {
	return r.kind + middle + "\x1f" + r.back
}

// frontsClose reports whether two normalised fronts are one front edited:
// the words (runs of letters and digits) of one are all among the other's
// ("Objections" and "Anselm: Objections", "What is ATP" and "What is
// ATP?"), or the two have as many words and differ in one, a typo
// (see typoOf). "Is ATP stable?" and "Is ADP stable?" are not close: a
// word of three letters or one with a digit is not taken for a typo.
func frontsClose(a, b string) bool {
	wa, wb := frontWords(a), frontWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if wordsWithin(wa, wb) || wordsWithin(wb, wa) {
		return true
	}
	if len(wa) != len(wb) {
		return false
	}
	differ := -1
	for k := range wa {
		if wa[k] != wb[k] {
			if differ >= 0 {
				return false
			}
			differ = k
		}
	}
	return differ >= 0 && typoOf(wa[differ], wb[differ])
}

// frontWords returns the runs of letters and digits of s.
func frontWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// wordsWithin reports whether each word of a is among those of b.
func wordsWithin(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, x := range b {
			if w == x {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// typoOf reports whether words a and b are one word misspelt: neither has a
// digit, both have four letters or more, and one becomes the other by one
// edit (a letter inserted, deleted or replaced), or two when both have
// eight or more.
func typoOf(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 4 || len(rb) < 4 || strings.ContainsFunc(a, unicode.IsNumber) || strings.ContainsFunc(b, unicode.IsNumber) {
		return false
	}
	most := 1
	if len(ra) >= 8 && len(rb) >= 8 {
		most = 2
	}
	return editDistance(ra, rb, most) <= most
}

// editDistance returns the Levenshtein distance of a and b, or most+1 when
// it is more than most.
func editDistance(a, b []rune, most int) int {
	if d := len(a) - len(b); d > most || -d > most {
		return most + 1
	}
	row := make([]int, len(b)+1)
	for k := range row {
		row[k] = k
	}
	for x := 1; x <= len(a); x++ {
		diag := row[0]
		row[0] = x
		low := row[0]
		for y := 1; y <= len(b); y++ {
			cost := 1
			if a[x-1] == b[y-1] {
				cost = 0
			}
			next := min(row[y]+1, row[y-1]+1, diag+cost)
			diag, row[y] = row[y], next
			low = min(low, next)
		}
		if low > most {
			return most + 1
		}
	}
	return row[len(b)]
}
