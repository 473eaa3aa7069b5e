package exporters

import (
	"html"
	"slices"
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
// whose GUID the previous build did not know, or another card took (see
// KeepUnchangedGUIDs), the GUID of an orphan, a note the previous build wrote that no card of decks has now, when the two are
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
// Last, a front asked twice under one heading path (twins, whose GUIDs
// hold their answers) pairs with an edited answer: the same heading path,
// close fronts, and the answers that share the most words (see
// pairEditedTwins).
//
// The pair must be the only one: a card or orphan that could pair with two
// stays as it is (two headings renamed, each with "Is it reversible?" and
// the answer "Yes", keep both cards new rather than risk swapping them),
// the pairs within one note file tried first (a note and its conflict
// copy hold the same cards). Among edited fronts, fronts close in their
// case pair first, then a heading's own card with the heading renamed in
// place (see headingCardRenamed), then the one case twin left (see
// caseTwinPaired). The moved cards pair first, then the edited ones. A
// card whose front and answer both changed is not paired: nothing tells it
// from a new card that took the place of a deleted one. Nor is a card whose deck was renamed:
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
	contexts := map[string][]int{}        // indexes into cards but clozes, by kind, deck and Context field
	decksOf := make([]string, len(decks)) // DeckIdentity of each deck
	sources := make([]string, len(decks)) // the Source field of each deck
	var set map[string]bool               // the GUIDs set, which a card whose GUID is not set does not keep
	for _, d := range decks {
		for _, c := range d.Cards {
			if c.GUID != "" {
				if set == nil {
					set = map[string]bool{}
				}
				set[c.GUID] = true
			}
		}
	}
	for i, d := range decks {
		for j, c := range d.Cards {
			if c.GUID != "" || prev(ids.GUIDs[i][j]) != nil && !set[ids.GUIDs[i][j]] {
				continue
			}
			if decksOf[i] == "" {
				decksOf[i], sources[i] = DeckIdentity(d.Name), sourceField(d)
			}
			context := contextField(c.Context)
			if c.Kind == extract.Cloze {
				context = inertClozes(context)
			}
			r := newRenamed(c.Kind.String(), decksOf[i], NormaliseFront(c.Front), noteHTML(c.Back), context)
			r.ref, r.cased, r.source = cardRef{i, j}, casedFront(c.Front), sources[i]
			moved[r.key(r.front)] = append(moved[r.key(r.front)], len(cards))
			edited[r.key(r.context)] = append(edited[r.key(r.context)], len(cards))
			answers[r.key("")] = append(answers[r.key("")], len(cards))
			if c.Kind != extract.Cloze {
				contexts[r.kind+r.context] = append(contexts[r.kind+r.context], len(cards))
			}
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
			if c.GUID != "" {
				taken[c.GUID] = true
			} else {
				taken[ids.GUIDs[i][j]] = true
			}
		}
	}
	var orphans []renamed             // the notes no card has
	identities := map[string]string{} // DeckIdentity of each deck name remembered
	asked := map[string]int{}         // the notes of each kind, deck, heading path of a card and front
	remembered(func(guid, deck, kind string, fields []string) {
		if len(fields) < 3 {
			return
		}
		id, ok := identities[deck]
		if !ok {
			id = DeckIdentity(deck)
			identities[deck] = id
		}
		var front string
		if path := renamedKind(kind, id) + fields[2]; contexts[path] != nil {
			front = NormaliseFront(fields[0])
			asked[path+"\x1f"+front]++
		}
		if taken[guid] {
			return
		}
		if front == "" {
			front = NormaliseFront(fields[0])
		}
		orphans = append(orphans, newOrphan(guid, kind, id, front, fields))
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
		for _, p := range pairClose(decks, cards, orphans, moved[key], os, func(c, o *renamed) bool { return true }) {
			learnRenames(renames, orphans[p[1]].kind, orphans[p[1]].context, cards[p[0]].context)
		}
	}
	keptRenames(renames, decks, prev)
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
	// Fronts close in their case first: of a case twin's cards ("Bio:
	// Café", "Bio: cAFÉ"), the one whose heading kept its case; the other,
	// renamed, then keeps its own.
	headings := renamedHeadings(renames)
	for key, os := range byEdited {
		pairClose(decks, cards, orphans, edited[key], os, func(c, o *renamed) bool {
			return frontsClose(c.cased, o.cased)
		})
		pairClose(decks, cards, orphans, edited[key], os, func(c, o *renamed) bool {
			return frontsClose(c.front, o.front) || headingCardRenamed(headings[o.kind+o.context], o.front, c.front, c.context)
		})
		pairClose(decks, cards, orphans, edited[key], os, func(c, o *renamed) bool {
			return caseTwinPaired(orphans, os, o)
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
	// Answers edited under a heading renamed: the cards that moved show the
	// heading path renamed, so a card under the new path with the front of
	// an orphan under the old one is that card, its answer edited as a
	// student does while fixing the heading's typo; so is the heading's
	// own card, whose answer holds the edited one.
	underRenamed := map[string][]int{} // indexes into orphans left under a path renamed, by kind, deck and new path
	ownCards := map[string][]int{}     // indexes into orphans left that may be a renamed heading's own card, by kind, deck and path now
	for k, o := range orphans {
		if o.paired {
			continue
		}
		if to := renames[o.kind+o.context]; to != "" && contexts[o.kind+to] != nil {
			underRenamed[o.kind+to] = append(underRenamed[o.kind+to], k)
		}
		var added []string // the paths o was added under
		for _, r := range headings[o.kind+o.context] {
			if key := o.kind + r.toParent; contexts[key] != nil && !slices.Contains(added, key) && frontsClose(o.front, r.from) {
				ownCards[key] = append(ownCards[key], k)
				added = append(added, key)
			}
		}
	}
	for key, os := range underRenamed {
		pairClose(decks, cards, orphans, contexts[key], os, func(c, o *renamed) bool {
			return c.front == o.front
		})
	}
	for key, os := range ownCards {
		pairClose(decks, cards, orphans, contexts[key], os, func(c, o *renamed) bool {
			return headingCardRenamed(headings[o.kind+o.context], o.front, c.front, c.context)
		})
	}
	// Last, the twins whose answer was edited: a front asked twice under
	// one heading path (two "## Cells" sections, each with "Km") is keyed
	// by its answer too, so editing one's answer, or editing one as the
	// other is deleted, made it a new card. Of the cards and the orphans
	// that were such twins under one heading path, a card and an orphan
	// of close fronts (the twins' own cards, "Bio: Cells", lose their
	// owner once alone) whose answers share more words than either shares
	// with any other pair.
	byContext := map[string][]int{} // indexes into orphans left that were twins, by kind, deck and Context field
	for k, o := range orphans {
		if !o.paired && asked[o.kind+o.context+"\x1f"+o.front] > 1 {
			byContext[o.kind+o.context] = append(byContext[o.kind+o.context], k)
		}
	}
	for key, os := range byContext {
		pairEditedTwins(decks, cards, orphans, contexts[key], os)
	}
}

// pairEditedTwins gives each card of cs (indexes into cards, of one
// heading path) not yet paired the GUID of the orphan of os (indexes into
// orphans) of a close front (see frontsClose) whose answer shares the most
// words with its own, when that orphan's answer shares fewer with every
// other card's and the card's fewer with every other orphan's; none when
// no word is shared. It pairs the cards and orphans of one note file
// first, as pairClose does. More than maxRenamedGroup pairs are not
// compared.
func pairEditedTwins(decks []extract.Deck, cards, orphans []renamed, cs, os []int) {
	var left []int
	for _, c := range cs {
		if !cards[c].paired {
			left = append(left, c)
		}
	}
	if len(left) == 0 || len(left)*len(os) > maxRenamedGroup {
		return
	}
	words := make([]map[string]bool, len(os))
	for b, o := range os {
		words[b] = map[string]bool{}
		for _, w := range frontWords(orphans[o].back) {
			words[b][w] = true
		}
	}
	shared := make([][]int, len(left)) // words shared by each card and orphan
	for a, c := range left {
		shared[a] = make([]int, len(os))
		seen := map[string]bool{}
		for _, w := range frontWords(cards[c].back) {
			if seen[w] {
				continue
			}
			seen[w] = true
			for b := range os {
				if words[b][w] {
					shared[a][b]++
				}
			}
		}
		for b, o := range os {
			if !frontsClose(cards[c].front, orphans[o].front) {
				shared[a][b] = 0
			}
		}
	}
	// The cards and orphans of one note file first (a note and its
	// conflict copy held the twins), then any.
	for _, sameFile := range []bool{true, false} {
		// count is the words card a shares with orphan b, 0 for a pair
		// that may not be made this round.
		count := func(a, b int) int {
			c, o := &cards[left[a]], &orphans[os[b]]
			if c.paired || o.paired || sameFile && c.source != o.source {
				return 0
			}
			return shared[a][b]
		}
		for a, c := range left {
			best := -1
			for b := range os {
				if n := count(a, b); n > 0 && (best < 0 || n > count(a, best)) {
					best = b
				}
			}
			if best < 0 {
				continue
			}
			unique := true
			for b := range os {
				if b != best && count(a, b) == count(a, best) {
					unique = false
				}
			}
			for x := range left {
				if x != a && count(x, best) >= count(a, best) {
					unique = false
				}
			}
			if unique {
				o := &orphans[os[best]]
				decks[cards[c].ref.i].Cards[cards[c].ref.j].GUID = o.guid
				cards[c].paired, o.paired = true, true
			}
		}
	}
}

// caseTwinPaired reports whether o, an orphan of os (indexes into
// orphans, of one heading path and answer), is a case twin whose twin
// paired: another orphan of os with o's front but in another case ("Bio:
// Café", "Bio: cAFÉ", two headings over one answer) took a card. Of two
// case twins, the one renamed outright ("## cAFÉ" to "## Coffee") is then
// the one card left of that heading path and answer, and keeps its GUID
// as the other kept its own.
func caseTwinPaired(orphans []renamed, os []int, o *renamed) bool {
	for _, k := range os {
		if t := &orphans[k]; t != o && t.paired && t.front == o.front {
			return true
		}
	}
	return false
}

// casedFront returns front, a card's front or a note's Front field, with
// its tags and entities gone but its case kept.
func casedFront(front string) string {
	return html.UnescapeString(extract.ReplaceTags(front))
}

// pairClose gives each card of cs (indexes into cards) not yet paired the
// GUID of the one orphan of os (indexes into orphans) not yet paired that
// is close to it, when that orphan is close to no other card, and returns
// the pairs it made (card, orphan); more than maxRenamedGroup pairs are not
// compared. It pairs the cards and orphans of one note file first: of a
// note and its conflict copy, both holding the card, the note's card
// edited as the copy is deleted takes the note's GUID, not none.
func pairClose(decks []extract.Deck, cards, orphans []renamed, cs, all []int, close func(c, o *renamed) bool) [][2]int {
	var left, os []int
	for _, c := range cs {
		if !cards[c].paired {
			left = append(left, c)
		}
	}
	for _, o := range all {
		if !orphans[o].paired {
			os = append(os, o)
		}
	}
	if len(left) == 0 || len(os) == 0 || len(left)*len(os) > maxRenamedGroup {
		return nil
	}
	var pairs [][2]int
	for _, sameFile := range []bool{true, false} {
		closeTo := make([]int, len(os)) // how many cards each orphan is close to
		match := make([]int, len(left)) // the one orphan close to each card, -1 for none, -2 for two
		for a, c := range left {
			match[a] = -1
			if cards[c].paired {
				continue
			}
			for b, o := range os {
				if orphans[o].paired || sameFile && cards[c].source != orphans[o].source || !close(&cards[c], &orphans[o]) {
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
				pairs = append(pairs, [2]int{left[a], os[b]})
			}
		}
	}
	return pairs
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

// keptRenames records in renames (see learnRenames) the heading paths
// that the cards of decks whose GUID is set show renamed: a card that kept
// its GUID under a heading recased through ß ("## Straße" to "## strasse",
// see KeepRecasedGUIDs) moved as much as one that pairs here, and the
// heading's own card, whose front changed with it ("Straße" to "Bio:
// strasse" beside "## STRASSE"), pairs as a renamed heading's.
func keptRenames(renames map[string]string, decks []extract.Deck, prev func(guid string) []string) {
	for _, d := range decks {
		var deck string // DeckIdentity of d, made when first needed
		for _, c := range d.Cards {
			if c.GUID == "" {
				continue
			}
			f := prev(c.GUID)
			if len(f) < 3 {
				continue
			}
			context := contextField(c.Context)
			if c.Kind == extract.Cloze {
				context = inertClozes(context) // as Notes writes it
			}
			if f[2] != context {
				if deck == "" {
					deck = DeckIdentity(d.Name)
				}
				learnRenames(renames, renamedKind(c.Kind.String(), deck), f[2], context)
			}
		}
	}
}

// A headingRename is a heading renamed or moved: its old and new text,
// normalised as NormaliseFront does, and the Context field of the heading
// above it now, where its own card sits.
type headingRename struct{ from, to, toParent string }

// renamedHeadings returns the headings that renames (see learnRenames)
// shows renamed, or moved under another heading (promoted, demoted,
// wrapped under a new one), by the kind and deck and the Context field of
// the heading that was above them: there sat the heading's own card,
// whose front is the heading.
func renamedHeadings(renames map[string]string) map[string][]headingRename {
	var headings map[string][]headingRename
	for from, to := range renames {
		if to == "" {
			continue
		}
		fromParent, fromLast := cutLastLevel(from)
		toParent, toLast := cutLastLevel(to)
		if headings == nil {
			headings = map[string][]headingRename{}
		}
		headings[fromParent] = append(headings[fromParent], headingRename{NormaliseFront(fromLast), NormaliseFront(toLast), toParent})
	}
	return headings
}

// cutLastLevel splits path, a Context field after its kind and deck (see
// learnRenames) or alone, before the last heading of the field.
func cutLastLevel(path string) (parent, last string) {
	if i := strings.LastIndex(path, ContextSep); i >= 0 {
		return path[:i], path[i+len(ContextSep):]
	}
	i := strings.LastIndexByte(path, '\x1f') + 1
	return path[:i], path[i:]
}

// headingCardRenamed reports whether a card whose front is front under
// the heading path context, and a note whose front was was, are the own
// card of a heading renamed or moved, one of renames (see
// renamedHeadings), those of the note's heading path: was is close to the
// heading's old text (see frontsClose), front to its new one, and context
// is the path above the heading now. A heading reworded ("## Tea" to "## Green tea", or a case twin's
// "Bio: cAFÉ" to "Coffee") keeps its own card as the cards under it keep
// theirs: their front is not close to the old one.
func headingCardRenamed(renames []headingRename, was, front, context string) bool {
	for _, r := range renames {
		if r.toParent == context && frontsClose(was, r.from) && frontsClose(front, r.to) {
			return true
		}
	}
	return false
}

// A renamed is a card whose GUID is new, or a note no card has, as
// KeepRenamedGUIDs pairs them.
type renamed struct {
	ref     cardRef // the card's place; unset for a note
	source  string  // the Source field, the note file's name
	guid    string  // the note's GUID; "" for a card
	kind    string  // kind (reversed counts as basic) and deck, each ended by "\x1f"
	front   string  // normalised
	cased   string  // as written, tags and entities gone (see casedFront)
	back    string  // normalised
	context string  // the Context field
	paired  bool
}

// newOrphan returns the renamed of the note of guid, of kind in the deck
// of identity deck, with the normalised front front and fields.
func newOrphan(guid, kind, deck, front string, fields []string) renamed {
	o := newRenamed(kind, deck, front, fields[1], fields[2])
	o.guid, o.cased = guid, casedFront(fields[0])
	if len(fields) > 3 {
		o.source = fields[3]
	}
	return o
}

// renamedKind returns the kind field of a renamed of kind in the deck of
// identity deck (see renamed).
func renamedKind(kind, deck string) string {
	if kind == extract.Reversed.String() {
		kind = extract.Basic.String() // as in PackageGUIDs
	}
	return kind + "\x1f" + deck + "\x1f"
}

// newRenamed returns the renamed of a card or note of kind in the deck
// of identity deck, whose Back field is back. A cloze's text is its
// question and its answers: its Extra, the heading path unless the
// student wrote one, is not compared.
func newRenamed(kind, deck, front, back, context string) renamed {
	if kind == extract.Cloze.String() {
		back = ""
	}
	return renamed{kind: renamedKind(kind, deck), front: front, back: NormaliseFront(back), context: context}
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
