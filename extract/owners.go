package extract

import (
	"bytes"
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// dropRepeats returns cards without those that ask what another card asks
// with one more paragraph on their answer: "## Conflict" answered by "What
// do you do when a team member refuses?" and the list under it, where the
// question's card asks for the list. A question on a card of its own is no
// answer to learn.
func dropRepeats(cards []Card) []Card {
	var repeats map[string][]int // a question's key → the cards whose answer opens with it
	for i, c := range cards {
		if c.Kind == Cloze || !strings.HasPrefix(c.Back, "<p>") {
			continue
		}
		if q, _, ok := strings.Cut(c.Back[len("<p>"):], "</p>"); ok && mayMarkQuestion(q) && asksAlone(stripTags(q)) {
			if repeats == nil {
				repeats = map[string][]int{}
			}
			k := readKey(q)
			repeats[k] = append(repeats[k], i)
		}
	}
	if repeats == nil {
		return cards // the quick test: no answer opens with a question
	}
	drop := map[int]bool{}
	for _, c := range cards {
		is := repeats[readKey(c.Front)]
		for _, i := range is {
			_, rest, _ := strings.Cut(cards[i].Back[len("<p>"):], "</p>")
			if c.Kind != Cloze && c.Back == rest {
				drop[i] = true
			}
		}
	}
	return withoutMarked(cards, drop)
}

// mayMarkQuestion reports whether html may read as a question: whether it
// holds one of the marks questionMark reads, or an entity that may be one.
// It is the quick test of dropRepeats, before the text is read: most
// paragraphs ask nothing.
func mayMarkQuestion(html string) bool {
	for _, b := range []byte("?;&") {
		if strings.IndexByte(html, b) >= 0 {
			return true
		}
	}
	return strings.Contains(html, "؟") || strings.Contains(html, "፧") || strings.Contains(html, "՞")
}

// withoutMarked returns cards without those whose index drop marks, in
// place: the passes that drop repeated cards decide over the whole list
// first, then keep the rest in order.
func withoutMarked(cards []Card, drop map[int]bool) []Card {
	if len(drop) == 0 {
		return cards
	}
	out := cards[:0]
	for i, c := range cards {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// definedTerm returns the term a definition's text sets in bold, as front
// HTML: "On appelle **loi de composition interne** sur E …" under "> [!cite]
// Définition" defines "loi de composition interne". Nine callouts titled
// "Définition" under one heading asked one question nine times. It is false
// when the text bolds no phrase of a few words, or several.
func (p *parsed) definedTerm(n ast.Node) (string, bool) {
	var term *ast.Emphasis
	many := false
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if e, ok := c.(*ast.Emphasis); entering && ok && e.Level == 2 {
			if term != nil {
				many = true
				return ast.WalkStop, nil
			}
			term = e
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	if term == nil || many {
		return "", false
	}
	t := strings.TrimSpace(p.plain(term, 0, everything))
	if t == "" || countFields(t) > maxOwnedWords || strings.ContainsAny(t, ".:;?!") {
		return "", false
	}
	return p.html(term, 0, everything), true
}

// asksAlone reports whether q is a question in words of its own, three at
// least.
func asksAlone(q string) bool { return isQuestion(q) && countFields(q) >= 3 }

// maxOwnedWords is the longest front nameOwners asks with its owner, and the
// longest heading or item it takes as one.
const maxOwnedWords = 6

// nameOwners asks the cards that share a short front under different
// headings with the heading each belongs to, when their headings share other
// such fronts too, or the cards are rows of tables (see rowsOfTables),
// or the front is a measure of each (see aspectOfOwners), the owner
// without its heading's numbering (see ownerNames):
// "Motor" and "Sensory" under each of "Radial nerve",
// "Median nerve" and "Ulnar nerve" read "Radial nerve: Motor", "SE" under
// "## Metoprolol" and "## Atenolol" "Metoprolol: SE". Asked bare, such
// fronts are one question with several answers, which no student can
// review. The owner is the innermost level of a card's context the others
// lack and that is no table's column (columns): under "## Arrays" and
// "## Stack", a table's "Operation" column names every row alike. A term
// defined twice ("ACID" under "ACID" and under "Transactions") is no such
// part, and a card whose context holds no short owner stays as it is.
func nameOwners(cards []Card, columns map[string]bool, rows map[int]bool) {
	var buf []byte
	// partKey puts the front of card c in buf as readKey does, and reports
	// whether it is asked with its owner already: "Metoprolol: MOA" (see
	// aspectFront) is the part "MOA". It is false for a front too long.
	partKey := func(c Card) (key []byte, asked, ok bool) {
		if c.Kind == Cloze || len(c.Front) > 160 || len(c.Context) == 0 || countFields(c.Front) > 2*maxOwnedWords {
			return nil, false, false // the quick tests, on the HTML: long, or too many words with its tags
		}
		buf = appendReadKey(buf[:0], c.Front)
		key = buf
		if n := ownerPrefix(key, c.Context[len(c.Context)-1]); n > 0 {
			key, asked = key[n:], true
		} else if n := labelPrefix(key, c.Context[len(c.Context)-1]); n > 0 {
			key, asked = key[n:], true // "Metoprolol dosing: HTN" (see aspectItemFront)
		}
		return key, asked, len(key) > 0 && keyWords(key) <= maxOwnedWords
	}
	// Each card's key is built once: its part is the index of the key among
	// keys, which copies a key per front, not per card, and -1 when the
	// card has none.
	index := map[string]int{}
	var keys []string
	var keyText textBlocks // the keys' bytes: one allocation for many keys
	var count []int
	type cardPart struct {
		part int
		own  bool
	}
	parts := make([]cardPart, len(cards))
	for i, c := range cards {
		k, own, ok := partKey(c)
		if !ok {
			parts[i].part = -1
			continue
		}
		j, seen := index[string(k)]
		if !seen {
			j = len(keys)
			key := keyText.keep(k)
			index[key] = j
			keys, count = append(keys, key), append(count, 0)
		}
		count[j]++
		parts[i] = cardPart{j, own}
	}
	byFront := map[string][]int{}
	asked := map[int]bool{} // cards asked with their owner already
	var order []string      // fronts in the order first seen, for determinism
	for i, cp := range parts {
		if cp.part < 0 || count[cp.part] < 2 {
			continue
		}
		own, front := cp.own, keys[cp.part]
		if byFront[front] == nil {
			order = append(order, front)
		}
		byFront[front] = append(byFront[front], i)
		if own {
			asked[i] = true
		}
	}
	owner := map[int]string{}              // card → its owner, for fronts on several cards
	part := map[int]string{}               // card → the level it is a part of, case folded, owner or not
	fronts := map[string]map[string]bool{} // such a level → its fronts
	paired := map[int]bool{}               // cards whose owner is two levels (see pairOwner)
	for _, f := range order {
		is := byFront[f]
		if mixed(cards, is, rows) {
			// A table's row names another thing than the parts under
			// headings, which are still parts of theirs: "Stable" → "yes"
			// under "Merge Sort" and "Quick Sort" beside a "Stable" row.
			is = slices.DeleteFunc(slices.Clone(is), func(i int) bool { return rows[cards[i].Pos.Line] })
			byFront[f] = is
		}
		if len(is) < 2 {
			continue
		}
		levels := map[string]int{} // how many of the cards have each level in their context
		for _, i := range is {
			for j, l := range cards[i].Context {
				if !slices.Contains(cards[i].Context[:j], l) {
					levels[l]++
				}
			}
		}
		var pairs map[string]int // see pairOwner, made when a card needs it
		for _, i := range is {
			if o, ok := ownerOf(cards[i].Context, levels, columns, namesOwner); ok {
				owner[i] = o
			} else if o, ok := pairOwner(cards, is, i, columns, &pairs); ok {
				owner[i] = o
				paired[i] = true
			}
			// A level that names no owner still tells the cards apart:
			// "There are four conditions for deadlock" over one list and
			// "Deadlock Prevention" over the same terms.
			if o, ok := ownerOf(cards[i].Context, levels, columns, func(string) bool { return true }); ok {
				k := strings.ToLower(o)
				part[i] = k
				if fronts[k] == nil {
					fronts[k] = map[string]bool{}
				}
				fronts[k][f] = true
			}
		}
	}
	shared := map[[2]string][]string{} // see sharedFronts
	named := map[int]string{}          // card → the owner's name it is asked with now
	for _, f := range order {
		if !partOfOwners(f, byFront[f], part, fronts, shared) && !rowsOfTables(cards, byFront[f], part, rows) && !aspectOfOwners(f, byFront[f], part) && !allPaired(byFront[f], paired) && !siblingParts(f, cards, byFront[f], owner) {
			continue
		}
		names := ownerNames(byFront[f], owner)
		alike := askedAlike(cards, byFront[f], asked)
		for _, i := range byFront[f] {
			front := cards[i].Front
			if asked[i] {
				rest, ok := alike[i]
				if !ok {
					continue
				}
				front = rest
			}
			if o, ok := owner[i]; ok && strings.ToLower(o) != f {
				if cards[i].Key == "" {
					cards[i].Key = cards[i].Front
				}
				cards[i].Front = escapeText(names[i]) + ": " + front
				named[i] = names[i]
			}
		}
	}
	ownLoneSiblings(cards, named, func(i int) bool { return parts[i].part >= 0 && !parts[i].own })
}

// ownLoneSiblings asks with their owner the cards that share their context
// with cards nameOwners asked with it, two or more, and are fewer than
// them: under "# Gender Inequality › ## Key Quotes", "Gerald" beside "Mr.
// Birling" and "Sheila", whom other themes quote too, asks "Gender
// Inequality: Gerald". Asked bare, the one label read as a question of its
// own beside siblings asked by their theme. bare tells the cards whose
// front is short and names no owner yet.
func ownLoneSiblings(cards []Card, named map[int]string, bare func(int) bool) {
	if len(named) < 2 {
		return // the quick test
	}
	type group struct {
		name        string
		owned, lone []int
		mixed       bool // its cards are asked with two owners
	}
	groups := map[string]*group{}
	var order []string
	for i, c := range cards {
		n, owned := named[i]
		if !owned && !bare(i) {
			continue
		}
		k := strings.Join(c.Context, "\x00")
		g := groups[k]
		if g == nil {
			g = &group{}
			groups[k] = g
			order = append(order, k)
		}
		if !owned {
			g.lone = append(g.lone, i)
			continue
		}
		g.mixed = g.mixed || g.name != "" && g.name != n
		g.name = n
		g.owned = append(g.owned, i)
	}
	for _, k := range order {
		g := groups[k]
		if g.mixed || len(g.owned) < 2 || len(g.lone) == 0 || len(g.lone) >= len(g.owned) {
			continue
		}
		for _, i := range g.lone {
			if cards[i].Key == "" {
				cards[i].Key = cards[i].Front
			}
			cards[i].Front = escapeText(g.name) + ": " + cards[i].Front
		}
	}
}

// siblingParts reports whether the cards is, which share front f (case
// folded), a plural noun, each sit right under their owner, and their
// owners are siblings: items of one list or headings under one heading,
// "*Keywords*:" under each of "**Conflict Theory**" and "**Symbolic
// Interactionism**", "- Defenses" under each of "### Negligence" and "###
// Defamation". The front names the owner's members, one question with as
// many answers unless its owner asks it; a term ("Heap" under "Heap Sort"
// and "Priority Queue") is the same thing under each, and so is the topic
// an owner names ("Security Groups" under "Introduction to Security
// Groups"). A singular front names a part of its owners too when three
// siblings or more have it, as a table's column would: "Quality: T T S T
// T T S" under each of "Ionian Mode", "Aeolian Mode" and "Dorian Mode". A
// card of the front right under the owners' level, "Quality: Order of
// tones and semitones" under "### Scale", defines the part, and stays.
func siblingParts(f string, cards []Card, is []int, owner map[int]string) bool {
	if len(is) < 2 || !pluralNoun(f) && !partWord(f) {
		return false
	}
	var parent []string // the level the owners sit under
	for _, i := range is {
		if c := cards[i].Context; len(c) > len(parent)+1 {
			parent = c[:len(c)-1]
		}
	}
	n := 0
	for _, i := range is {
		c := cards[i].Context
		if slices.Equal(c, parent) {
			continue // the part defined where its owners are listed
		}
		if len(c) < 2 || len(c) != len(parent)+1 || !slices.Equal(c[:len(c)-1], parent) {
			return false
		}
		o, ok := owner[i]
		if !ok || o != strings.TrimSpace(c[len(c)-1]) || strings.Contains(strings.ToLower(o), f) {
			return false // "Security Groups" under "Introduction to Security Groups" is its topic
		}
		n++
	}
	return n >= 2 && pluralNoun(f) || n >= minSingularSiblings
}

// minSingularSiblings is the fewest sibling owners that make a singular
// front their part (see siblingParts).
const minSingularSiblings = 3

// partWord reports whether f, a case folded front, is a word or two in
// letters, as a part's label is: "quality", "time signature".
func partWord(f string) bool {
	if countFields(f) > 2 || len(f) < 3 {
		return false
	}
	for _, r := range f {
		if r != ' ' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// pluralNoun reports whether f, a case folded front, is a noun of one or
// two words in letters whose last is plural: "keywords", "required
// practicals", not "heap", "var(y)" nor "stress" or "virus".
func pluralNoun(f string) bool {
	if countFields(f) > 2 || len(f) < 4 {
		return false
	}
	for _, r := range f {
		if r != ' ' && !unicode.IsLetter(r) {
			return false
		}
	}
	return strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") && !strings.HasSuffix(f, "us") && !strings.HasSuffix(f, "is")
}

// askedAlike returns the fronts, without their owner, of the cards of is
// asked with an owner that tells them from none of the others: "Assessment:
// Cardiovascular" under "# Hypokalemia › ## Assessment" and again under "#
// Hyperkalemia › ## Assessment", where each disease's section has the same
// label. Such a front is one question with two answers, so it is asked
// with the owner that tells them apart, as its unlabelled sibling is
// ("Hypokalemia: Respiratory").
func askedAlike(cards []Card, is []int, asked map[int]bool) map[int]string {
	var seen map[string]int // an asked front, case folded → how many cards have it
	for _, i := range is {
		if asked[i] {
			if seen == nil {
				seen = map[string]int{}
			}
			seen[strings.ToLower(cards[i].Front)]++
		}
	}
	var out map[int]string
	var levels map[string]int // see levelCounts, made when a card needs it
	for _, i := range is {
		c := cards[i]
		if !asked[i] {
			continue
		}
		if seen[strings.ToLower(c.Front)] < 2 {
			if levels == nil {
				levels = levelCounts(cards, is)
			}
			if !levelElsewhere(c, levels) {
				continue
			}
		}
		if rest, ok := strings.CutPrefix(c.Front, escapeText(c.Context[len(c.Context)-1])+": "); ok && rest != "" {
			if out == nil {
				out = map[int]string{}
			}
			out[i] = rest
		}
	}
	return out
}

// levelElsewhere reports whether the level c is asked with, the last of
// its context, is also in the context of another of the cards whose
// levels counts holds (see levelCounts): the one-item "**Gastrointestinal**:"
// asked "Assessment: Gastrointestinal" under "# Hyperkalemia › ## Assessment",
// beside the "Gastrointestinal" under "# Hypokalemia › ## Assessment". The
// level tells the two apart no better than when both are asked with it.
func levelElsewhere(c Card, levels map[string]int) bool {
	return levels[foldKey(c.Context[len(c.Context)-1])] >= 2
}

// levelCounts returns how many of the cards is have each level in their
// context, keyed by foldKey and each card counted once: read once for the
// group, not once for each card asked in it, as 6,000 sections each with
// a mnemonic's letters took 16 s.
func levelCounts(cards []Card, is []int) map[string]int {
	levels := map[string]int{}
	for _, i := range is {
		mine := map[string]bool{}
		for _, l := range cards[i].Context {
			k := foldKey(l)
			if !mine[k] {
				mine[k] = true
				levels[k]++
			}
		}
	}
	return levels
}

// foldKey returns s with each rune replaced by the least rune that
// Unicode case folding makes it equal to: two strings have the same key
// exactly when strings.EqualFold reports them equal.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// mixed reports whether some of the cards is are a table's rows (their
// lines are in rows) and some are not: the same front as a term defined
// under one heading and a row of a table under another ("Resource: a
// manageable item" and the "Resource" row of a table of roles) names two
// things, not one part of each.
func mixed(cards []Card, is []int, rows map[int]bool) bool {
	n := 0
	for _, i := range is {
		if rows[cards[i].Pos.Line] {
			n++
		}
	}
	return n > 0 && n < len(is)
}

// partOfOwners reports whether the front f of the cards is names a part
// of what they sit under (part, case folded): two levels or more, which
// also share another front. One level shares nothing, and two, the usual
// case, are looked up in shared once per pair: for each front of a list
// pasted again with other answers, reading every front of its levels made
// 4,000 items take 2.4 s.
func partOfOwners(f string, is []int, part map[int]string, fronts map[string]map[string]bool, shared map[[2]string][]string) bool {
	owners := distinctParts(is, part)
	switch len(owners) {
	case 0, 1:
		return false // one level shares nothing with itself
	case 2:
		k := [2]string{min(owners[0], owners[1]), max(owners[0], owners[1])}
		both, ok := shared[k]
		if !ok {
			both = sharedFronts(fronts[k[0]], fronts[k[1]])
			shared[k] = both
		}
		return len(both) == 2 || len(both) == 1 && both[0] != f
	}
	seen := map[string]int{} // other fronts: how many of f's levels have them
	for _, o := range owners {
		for g := range fronts[o] {
			if g == f {
				continue
			}
			if seen[g]++; seen[g] > 1 {
				return true
			}
		}
	}
	return false
}

// maxScannedOwners is the most levels distinctParts tells apart by a scan
// of those found so far; past it, a set does.
const maxScannedOwners = 8

// distinctParts returns the levels (part) of the cards is, each once, in
// the order first seen. A front shared by every section of a note ("Motor:"
// under each of 80,000 nerves) has as many levels as cards: looked up in
// the list of those found so far, they took time in the square of their
// number (80,000 sections 25 s), so past a few a set keeps them.
func distinctParts(is []int, part map[int]string) []string {
	var owners []string
	var set map[string]bool
	for _, i := range is {
		o, ok := part[i]
		switch {
		case !ok:
			continue
		case set != nil:
			if set[o] {
				continue
			}
			set[o] = true
		case slices.Contains(owners, o):
			continue
		case len(owners) == maxScannedOwners:
			set = make(map[string]bool, 2*maxScannedOwners)
			for _, p := range owners {
				set[p] = true
			}
			set[o] = true
		}
		owners = append(owners, o)
	}
	return owners
}

// sharedFronts returns up to two fronts that both a and b hold: with two,
// the levels share a front besides any one.
func sharedFronts(a, b map[string]bool) []string {
	if len(b) < len(a) {
		a, b = b, a
	}
	var out []string
	for g := range a {
		if b[g] {
			if out = append(out, g); len(out) == 2 {
				break
			}
		}
	}
	return out
}

// ownerOf returns the innermost level of a card's context that no other
// card of its front has, short enough to name what the front is a part of:
// "Conflict", not the question "What do you do when a team member refuses?"
// under it, nor a table's "Operation" column; names tells which levels may
// name an owner.
func ownerOf(context []string, levels map[string]int, columns map[string]bool, names func(string) bool) (string, bool) {
	for i := len(context) - 1; i >= 0; i-- {
		if o := strings.TrimSpace(context[i]); o != "" && levels[context[i]] == 1 && !columns[context[i]] && names(o) && fitsOwner(o) {
			return o, true
		}
	}
	return "", false
}

// fitsOwner reports whether level o is short enough to name an owner:
// maxOwnedWords words and 60 letters at most, without the gloss in
// parentheses at its end that names it again in another language, "1.
// Chain of Responsibility (Lanțul de Responsabilitate)" over "Definiție:"
// as "2. State (Starea)" is over the next, or without the theme a spaced
// dash gives its name, "Yanhai Aluminum - Cost Leadership & Industry
// Dynamics" over "Key Takeaway:" as "Cola Wars - Sustained Competition" is
// over the next.
func fitsOwner(o string) bool {
	if countFields(o) <= maxOwnedWords && utf8.RuneCountInString(o) <= 60 {
		return true
	}
	if term, _, ok := parenGloss(headingName(o), 1); ok && countFields(term) <= maxOwnedWords && utf8.RuneCountInString(term) <= 60 {
		return true
	}
	name, ok := themedName(headingName(o))
	return ok && countFields(name) <= maxOwnedWords && countFields(o) <= 2*maxOwnedWords && utf8.RuneCountInString(o) <= 100
}

// themedName returns the name before the theme a heading gives it after a
// spaced dash, "Yanhai Aluminum" of "Yanhai Aluminum - Cost Leadership &
// Industry Dynamics", and whether there is one.
func themedName(h string) (string, bool) {
	for _, d := range [...]string{" - ", " – ", " — "} {
		if name, theme, ok := strings.Cut(h, d); ok && strings.TrimSpace(name) != "" && strings.TrimSpace(theme) != "" {
			return strings.TrimSpace(name), true
		}
	}
	return "", false
}

// namesOwner reports whether a level of a context names what cards are
// about: not a section's generic title ("Notes", "Content"), nor a lead-in
// sentence ("There are four conditions for deadlock").
func namesOwner(level string) bool {
	first, _, _ := strings.Cut(level, " ")
	return !lookupLower(sectionTitles, strings.TrimRight(level, ":：")) && !lookupLower(notFirst, first)
}

// readKey is a front's text as a student reads it, case folded: tags
// dropped, runs of white space one space.
func readKey(front string) string { return string(appendReadKey(nil, front)) }

// asciiSpace marks the ASCII runes unicode.IsSpace reports: tab, newline,
// vertical tab, form feed, carriage return and space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// asciiLower maps each ASCII rune to unicode.ToLower's, as a byte.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for i := range t {
		t[i] = byte(unicode.ToLower(rune(i)))
	}
	return t
}()

// appendReadKey appends readKey(front) to b. It runs for most cards of a
// note, in several passes of the merge, so an ASCII rune is classed and
// lowered without unicode's tables.
func appendReadKey(b []byte, front string) []byte {
	start := len(b)
	space, tag := false, false
	for _, r := range front {
		switch {
		case tag:
			tag = r != '>'
			continue
		case r == '<':
			tag = true // "<strong>S</strong>ituation" reads "Situation"
			continue
		case r < utf8.RuneSelf && asciiSpace[r], r >= utf8.RuneSelf && unicode.IsSpace(r):
			space = true
			continue
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		space = false
		if r < utf8.RuneSelf {
			b = append(b, asciiLower[r])
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	if bytes.IndexByte(b[start:], '&') >= 0 {
		return append(b[:start], html.UnescapeString(string(b[start:]))...)
	}
	return b
}

// ownerPrefix returns the length of "owner: " when key, a front's readKey,
// opens with it, the owner with or without its heading's numbering: under
// "### 1. Sprint Planning", "Sprint Planning: Outcome" is the part
// "Outcome" asked with its owner already, else 0.
func ownerPrefix(key []byte, owner string) int {
	if n := foldPrefix(key, owner); n > 0 && len(key) > n+1 && key[n] == ':' && key[n+1] == ' ' {
		return n + 2
	}
	if t := stripNumbering(owner); t != owner && t != "" {
		return ownerPrefix(key, t)
	}
	return 0
}

// foldPrefix returns the length of s, lowered, when key opens with it, else 0.
func foldPrefix(key []byte, s string) int {
	n := 0
	for _, r := range s {
		got, w := utf8.DecodeRune(key[n:])
		if w == 0 || got != unicode.ToLower(r) {
			return 0
		}
		n += w
	}
	return n
}

// keyWords counts the words of a key of appendReadKey, whose words are
// parted by one space each.
func keyWords(key []byte) int { return bytes.Count(key, []byte(" ")) + 1 }

// rowsOfTables reports whether the cards is, which share a front, are all
// rows of tables under different levels (part): "yo" in "### Conjugation
// Table" (estudio, creo, soy) and in "### IR vs IRSE" (voy, me voy). Each
// table's header asks its rows alike, so the front is one question with
// several answers even when the tables share no other row name ("tu, vos"
// in one, "tu" in the other).
func rowsOfTables(cards []Card, is []int, part map[int]string, rows map[int]bool) bool {
	levels := map[string]bool{}
	for _, i := range is {
		o, ok := part[i]
		if !ok || !rows[cards[i].Pos.Line] {
			return false
		}
		levels[o] = true
	}
	return len(levels) > 1
}

// statementOwner returns the note's title for heading h when h is a
// statement's part, "## Statement", "## Proof", at the top of the
// headings with no heading above it: "Statement" alone asks nothing, the
// note, "Strong Induction.md", names what it states. A file name written
// as a slug, "strong-induction", is read with spaces, and one that opens
// with the heading's kind, "Statement - strong induction", without it.
func (b *builder) statementOwner(h heading) (string, bool) {
	t := b.ownerTitle()
	if len(b.heads) > 1 || t == "" || strings.EqualFold(t, h.text) {
		return "", false
	}
	if k := strings.TrimRight(strings.TrimSpace(h.text), ".:"); !strings.EqualFold(k, "statement") && !isStatementTitle(k) {
		return "", false
	}
	if len(t) > len(h.text) && strings.EqualFold(t[:len(h.text)], h.text) {
		// "Statement - strong principle of induction.md": the kind, then the name.
		if rest := strings.TrimLeft(t[len(h.text):], " -–—:"); rest != "" && len(rest) < len(t)-len(h.text) {
			t = rest
		}
	}
	t = spacedTitle(t)
	return t, strings.TrimSpace(t) != ""
}

// equationOwner returns the note's title when heading h, a top section of
// a note with no H1, only says that it holds the topic's equations or its
// steps: "## Equation" alone in "Leaky integrate-and-fire model.md" asks
// "Leaky integrate-and-fire model: Equation", and "## Steps" in "Chemical
// synapses.md" asks "Chemical synapses: Steps", as statementOwner asks "##
// Statement". Alone, "Equation" or "Steps" asks nothing a card can tell
// from another note's, and a note titled by its file name alone shows no
// heading above it; a note's H1 or front matter title is the card's
// context already. A steps section asks so when it holds only its numbered
// steps: "## Steps" over paragraphs and code, beside "## Context" and "##
// Git", is one of the note's own topics.
func (b *builder) equationOwner(h heading, body []ast.Node) (string, bool) {
	t := b.ownerTitle()
	if b.title != b.p.fileTitle || b.p.openTitle != b.p.fileTitle || len(b.heads) > 1 || t == "" || strings.EqualFold(t, h.text) {
		return "", false
	}
	if k := strings.TrimRight(strings.TrimSpace(h.text), ".:"); !lookupLower(equationTitles, k) && (!lookupLower(stepsTitles, k) || !numberedOnly(body)) {
		return "", false
	}
	t = spacedTitle(t)
	return t, strings.TrimSpace(t) != ""
}

// equationTitles name a section that holds a topic's equations.
var equationTitles = map[string]bool{"equation": true, "equations": true, "formula": true, "formulas": true, "formulae": true}

// numberedOnly reports whether body, a section's blocks, is one numbered
// list alone.
func numberedOnly(body []ast.Node) bool {
	if len(body) != 1 {
		return false
	}
	l, ok := body[0].(*ast.List)
	return ok && l.IsOrdered()
}

// stepsTitles name a section that holds the steps of a topic's process,
// lower case.
var stepsTitles = map[string]bool{"steps": true, "stages": true, "phases": true, "mechanism": true, "procedure": true}

// ownerTitle returns the note's title as its top sections are asked with
// it: its "#" heading's, else its front matter's title, which names a
// Dendron note "concepts.fp.immutability.md" as "immutability", else its
// file name.
func (b *builder) ownerTitle() string {
	if b.title == b.p.fileTitle && b.p.openTitle != "" {
		return b.p.openTitle
	}
	return b.title
}

// spacedTitle returns a note's title t as a front names it: a file name
// written as a slug, "strong-induction", is read with spaces.
func spacedTitle(t string) string {
	if !strings.Contains(t, " ") {
		t = slugSpaces.Replace(t)
	}
	return t
}

// untitledBack returns a heading's answer, back, without the title of the
// callout it opens with when that title is the front: "## Cyclotomic
// Field" over "> [!definition] Cyclotomic Field" answered "Cyclotomic
// Field", then the definition.
func untitledBack(back, front string) string {
	const open, close = "<blockquote><p><b>", "</b><br>"
	rest, ok := strings.CutPrefix(back, open)
	if !ok {
		return back
	}
	if len(rest) < len(front) || !strings.EqualFold(rest[:len(front)], front) || !strings.HasPrefix(rest[len(front):], close) {
		return back
	}
	return open[:len(open)-len("<b>")] + rest[len(front)+len(close):]
}

// partOwner returns the name that a part's front, "Causes" of "**Causes:**"
// over its list, is asked with under owner, the heading above it. A
// geography case study's heading names the study and lists its parts:
// "Case study: Haiti earthquake 2010 – causes, effects, responses" asks
// "Haiti earthquake 2010: Causes", not the whole heading before the part
// it already lists. Any other owner is returned as it is.
func partOwner(owner, part string) string {
	name := caseStudyName(owner)
	for _, sep := range []string{" – ", " — ", " - "} {
		i := strings.LastIndex(name, sep)
		if i <= 0 {
			continue
		}
		if listsPart(name[i+len(sep):], part) {
			return strings.TrimSpace(name[:i])
		}
	}
	return name
}

// listsPart reports whether s is a list of two names or more, "causes,
// effects, responses" or "causes & effects", one of them part.
func listsPart(s, part string) bool {
	names := strings.FieldsFunc(nameJoins.Replace(s), func(r rune) bool { return r == ',' })
	if len(names) < 2 {
		return false
	}
	found := false
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || countFields(n) > 3 {
			return false
		}
		found = found || strings.EqualFold(n, strings.TrimSpace(part))
	}
	return found
}

// subjectAsks are the openings of a question that asks what a thing is,
// "What is a JOIN?", "What are microservices?", "What is meant by
// cohesion?": the words after them name the thing.
var subjectAsks = []string{"what is meant by ", "what are ", "what is ", "what's ", "what was ", "what were "}

// maxSubjectWords bounds the subject of a question read as an owner: a
// longer one is a sentence, "What is the reason we normalise tables?".
const maxSubjectWords = 5

// questionSubject returns the thing a question heading asks about, as a
// part it owns is asked with it: "## What is a JOIN?" over "- Types:"
// asks "JOIN: Types", not "What is a JOIN?: Types". Any other heading, or a
// question whose words after "What is" do not end in a name ("What is
// GROUP BY used for?", "What is it?"), is returned as it is.
func questionSubject(h string) string {
	t := strings.TrimSpace(stripNumbering(h))
	if !strings.HasSuffix(t, "?") || strings.Count(t, "?") != 1 {
		return h
	}
	low := strings.ToLower(t)
	var s string
	for _, a := range subjectAsks {
		if strings.HasPrefix(low, a) {
			s = t[len(a) : len(t)-1]
			break
		}
	}
	for _, a := range []string{"a ", "an ", "the "} {
		if len(s) > len(a) && strings.EqualFold(s[:len(a)], a) {
			s = s[len(a):]
			break
		}
	}
	s = strings.TrimSpace(s)
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > maxSubjectWords || !hasWordChar(s) {
		return h
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "for", "of", "to", "in", "on", "with", "by", "about", "like", "from", "it", "they", "this", "that", "used", "called", "meant", "made", "done":
		return h // "What is GROUP BY used for?", "What is it?"
	}
	return s
}

// pairOwner returns the owner of card i among the cards is of one front
// when no single level of its context tells it from the others (see
// ownerOf): its innermost level after the nearest level above it with
// which no other card shares both, "Stack › Defined actions" for
// "is_empty()" beside "Queue › Defined actions" and "Stack › Linked list
// time complexity". Both levels must name an owner. pairs counts the pairs
// of levels of the cards, made on first use.
func pairOwner(cards []Card, is []int, i int, columns map[string]bool, pairs *map[string]int) (string, bool) {
	c := cards[i].Context
	if len(c) < 2 {
		return "", false
	}
	if *pairs == nil {
		*pairs = map[string]int{}
		for _, k := range is {
			seen := map[string]bool{}
			ck := cards[k].Context
			for a := len(ck) - 1; a > 0; a-- {
				for b := a - 1; b >= 0; b-- {
					if key := ck[b] + "\x00" + ck[a]; !seen[key] {
						seen[key] = true
						(*pairs)[key]++
					}
				}
			}
		}
	}
	in := c[len(c)-1]
	if !ownsPart(in, columns) {
		return "", false
	}
	for b := len(c) - 2; b >= 0; b-- {
		if (*pairs)[c[b]+"\x00"+in] == 1 && ownsPart(c[b], columns) {
			return strings.TrimSpace(c[b]) + " › " + strings.TrimSpace(in), true
		}
	}
	return "", false
}

// ownsPart reports whether a level of a context may name the owner of a
// part, as ownerOf asks of one: short, no table's column, no generic
// section title.
func ownsPart(level string, columns map[string]bool) bool {
	o := strings.TrimSpace(level)
	return o != "" && !columns[level] && namesOwner(o) && countFields(o) <= maxOwnedWords && utf8.RuneCountInString(o) <= 60
}

// allPaired reports whether every card of is has its owner by two levels
// (see pairOwner): each sits in a list whose label recurs under other
// owners ("Defined actions" under "Stack" and under "Queue"), parallel
// lists of the same parts, so the front is a part of each.
func allPaired(is []int, paired map[int]bool) bool {
	for _, i := range is {
		if !paired[i] {
			return false
		}
	}
	return len(is) > 1
}

// definitionLabelCut returns a heading's answer, back, without the
// "Definition:" label its first paragraph opens with: "## Azure Regions"
// over "Definition: A geographical area …" answers "A geographical area
// …", as the heading asks what the label only announces. The label may
// be bold or italic ("**Definition:**", "**Definition**:"), abbreviated
// ("Def:", "Defn:") or parted by a dash ("Definition - …"); so is a
// "Background:" or "Background context:" label, which only announces the
// passage a prompt asks about (the label is no term, see labels); a label
// alone in its paragraph, over a list, is left as it is, and so are the
// labels of a section that defines two things or more. back is one
// paragraph's text, or blocks, the first a "<p>".
func definitionLabelCut(back string) string {
	rest, para := strings.CutPrefix(back, "<p>")
	closeTag := ""
	for _, t := range [][2]string{{"<strong>", "</strong>"}, {"<em>", "</em>"}, {"<b>", "</b>"}} {
		if r, ok := strings.CutPrefix(rest, t[0]); ok {
			rest, closeTag = r, t[1]
			break
		}
	}
	word := 0
	for word < len(rest) && (rest[word] >= 'a' && rest[word] <= 'z' || rest[word] >= 'A' && rest[word] <= 'Z') {
		word++
	}
	switch strings.ToLower(rest[:word]) {
	case "definition", "def", "defn":
	case "background":
		// "Background context: The text contrasts …", the passage set out
		// before a prompt, as generated flashcard notes open each section.
		if r := rest[word:]; len(r) >= len(" context") && strings.EqualFold(r[:len(" context")], " context") {
			word += len(" context")
		}
	default:
		return back
	}
	rest = rest[word:]
	if closeTag != "" {
		if r, ok := strings.CutPrefix(rest, closeTag); ok {
			rest, closeTag = r, ""
		}
	}
	sep := false
	for _, s := range []string{":", " - ", " – ", " — "} {
		if r, ok := strings.CutPrefix(rest, s); ok {
			rest, sep = r, true
			break
		}
	}
	if !sep {
		return back
	}
	if closeTag != "" {
		r, ok := strings.CutPrefix(rest, closeTag)
		if !ok {
			return back // "**Definition: a set** with …": the bold holds more than the label
		}
		rest = r
	}
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || strings.HasPrefix(rest, "</p>") || strings.HasPrefix(rest, "<br>") {
		return back
	}
	for r := rest; ; r = r[len("<p>"):] {
		i := strings.Index(r, "<p>")
		if i < 0 {
			break
		}
		if r = r[i:]; definitionLabelCut(r) != r {
			return back // "Definition: A group …" beside "Def: A ring …": the labels part two definitions
		}
	}
	if para {
		return "<p>" + rest
	}
	return rest
}

// slugSpaces reads the dashes and underscores of a slug as spaces.
var slugSpaces = strings.NewReplacer("-", " ", "_", " ")

// nameJoins writes the words that join names, "and", "&" and "/", as commas.
var nameJoins = strings.NewReplacer(" and ", ",", " & ", ",", "/", ",")
