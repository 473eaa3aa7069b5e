package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	east "github.com/yuin/goldmark/extension/ast"
)

// reminders are the words a student opens a fact with to stress it,
// "Remember that Cognito is the preferred Federation method": they are no
// part of the sentence's subject.
var reminders = [][]byte{[]byte("remember that "), []byte("note that "), []byte("recall that ")}

// reminderLen returns the length of the reminder t opens with ("Remember
// that ", "Note that "), or 0.
func reminderLen(t []byte) int {
	for _, r := range reminders {
		if len(t) > len(r) && bytes.EqualFold(t[:len(r)], r) {
			return len(r)
		}
	}
	return 0
}

// from returns the view of v's text from byte i on, i in a run of source
// text. Its pieces are new: v, in scratch space, stays as it was.
func (v view) from(i int) view {
	var ps []piece
	for k, pc := range v.pieces {
		if k+1 < len(v.pieces) && v.pieces[k+1].at <= i {
			continue // ends before i
		}
		switch {
		case pc.at > i:
			ps = append(ps, piece{at: pc.at - i, src: pc.src})
		case pc.src >= 0:
			ps = append(ps, piece{at: 0, src: pc.src + i - pc.at})
		default:
			ps = append(ps, piece{at: 0, src: -1})
		}
	}
	return view{text: v.text[i:], pieces: ps}
}

// headedVerbs are verbs a note opens a line with when the subject is the
// heading above, "Uses two or more of:" under "Multifactor Authentication",
// "Suffers from convoy effect: …" under FCFS. Several are nouns too ("Uses
// of aspirin", "Causes include"): opensWithVerb reads the word after.
var headedVerbs = map[string]bool{"involves": true, "uses": true, "requires": true, "contains": true,
	"suffers": true, "causes": true, "provides": true, "allows": true, "has": true}

// nounFollowers are words after which a word of headedVerbs is a noun:
// "Uses of aspirin", "Causes include …", "Causes and risk factors".
var nounFollowers = map[string]bool{"of": true, "include": true, "includes": true, "are": true,
	"is": true, "and": true, "&": true, "for": true}

// opensWithVerb reports whether s, a front of two words or more, opens with
// a verb that has no subject of its own: "Involves mainly chylomicrons",
// "Allows for asynchronous processing" (a verb "allows for"), not "Uses of
// aspirin". Such a front asks nothing without the heading it describes.
func opensWithVerb(s string) bool {
	w, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || w == "" || w[0] < 'A' || w[0] > 'Z' || !lookupLower(headedVerbs, w) {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	next = strings.ToLower(strings.Trim(next, ",.;:!*_"))
	if next == "" {
		return false
	}
	return !nounFollowers[next] || strings.EqualFold(w, "allows") && next == "for"
}

// leadBreakEnd returns the end of the last sentence break of s, a lead-in's
// line, as lastSentenceBreakEnd does, or later where a sentence ends in a
// number or an acronym: "… colorless product on p. 417-419. The full
// formula is:", "… the greatest incidence of STIs. Of the eight, four are
// curable:". It returns -1 when s has no break.
func leadBreakEnd(s string) int {
	last := lastSentenceBreakEnd(s)
	for i := max(last, 1); i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && isReSpace(s[j]) {
			j++
		}
		if j == i+1 || j == len(s) || !looseSentenceEnd(s[:i]) {
			continue
		}
		if u, m := utf8.DecodeRuneInString(s[j:]); unicode.IsUpper(u) {
			last = j + m
		}
	}
	return last
}

// looseSentenceEnd reports whether s, the text before a full stop, ends in
// a word after which the stop ends a sentence although no small letters
// precede it: a number or a page range ("p. 417-419"), or an acronym, in
// the plural too ("HIV", "STIs"). The word must not open s.
func looseSentenceEnd(s string) bool {
	k := strings.LastIndexByte(s, ' ')
	if k < 0 {
		return false
	}
	w := s[k+1:]
	if w == "" {
		return false
	}
	digits, upper := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' && digits > 0:
		case c >= 'A' && c <= 'Z' && digits == 0:
			upper++
		case c == 's' && i == len(w)-1 && upper >= 2:
		default:
			return false
		}
	}
	return digits > 0 && upper == 0 || upper >= 2 && digits == 0
}

// numberDitto reports whether column col of a table holds numbers and
// leaves the rows under a number blank, as a merged cell is written: "| 2 |
// Succinate dehydrogenase |" over "| | Acyl-CoA dehydrogenase |", vitamins
// B by their numbers. A number names no row: the rows are the number's
// group. Two blank rows at least say so; one may be a number left out.
func (b *builder) numberDitto(col int, rows [][]*east.TableCell) bool {
	blanks, named := 0, false
	for _, cells := range rows {
		if col >= len(cells) || !b.hasData(cells) {
			continue
		}
		v := strings.TrimSpace(b.p.plain(cells[col], 0, everything))
		if v == "" {
			if !named {
				return false // a blank above every number repeats none
			}
			blanks++
			continue
		}
		if !isDigit(rune(v[0])) || strings.Trim(v, "0123456789 ,&-–/") != "" {
			return false
		}
		named = true
	}
	return blanks >= 2
}

// proofTitleWord reports whether title, the title of a proof's callout,
// only says that it proves: "Proof", "Beweis", or the verb as MkDocs notes
// title a folded box, `??? proof "Prove"`. Such a proof is asked as the
// proof of the statement above it.
func proofTitleWord(title string) bool {
	t := strings.TrimSpace(title)
	return lookupLower(proofTitles, t) || strings.EqualFold(t, "prove") || strings.EqualFold(t, "proofs")
}

// nounVerbs are the verbs after which headNoun ends a subject.
var nounVerbs = []string{" is ", " are ", " means ", " represents ", " denotes ", " refers to "}

// headNoun returns the length of one small-letter word that t, the text
// right after a bold word, opens with when a defining verb follows it, and
// the verb's length with its spaces, or 0, 0: "***Next*** value represents
// how many instructions are left" names "Next value", "**Shear** stress is
// …" "Shear stress". A pronoun or an article there opens a clause of its
// own ("**Note** this is …"): none of those is a noun.
func headNoun(t []byte) (int, int) {
	i := 0
	for i < len(t) && t[i] >= 'a' && t[i] <= 'z' {
		i++
	}
	if i < 3 || i == len(t) || t[i] != ' ' {
		return 0, 0
	}
	switch string(t[:i]) {
	case "this", "that", "these", "those", "there", "here", "which", "who", "what", "she", "they", "the", "and":
		return 0, 0
	}
	for _, vb := range nounVerbs {
		if bytes.HasPrefix(t[i:], []byte(vb)) {
			return i, len(vb)
		}
	}
	return 0, 0
}
