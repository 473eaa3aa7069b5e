package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of line gluedDash tells apart.
const (
	notGlued   = iota
	gluedLower // "-scaling up (vertical) …": a suffix or a flag as well as a bullet
	gluedUpper // "-CSS is a language …", "-High utilization of space"
)

// gluedBullets reads as bullets the lines a student opens with a dash typed
// with no space after it, "-High utilization of space, equipment, and
// people" under "…must consider how to achieve the following:". Markdown
// reads no list there: the lines ran together into one paragraph, and the
// dash opened fronts and answers ("-CSS or (Cascading Style Sheets) is…").
// It is a habit, so a note must have two such lines opening with a
// capitalized word and another word after it; a small-letter one
// ("-scaling up") counts only beside one of those, since alone it is a
// suffix ("-ha can be used…") or a flag. A run of them, or one beside a
// bullet, is a list; a line on its own loses its dash and stays where it
// is, the answer of the question above it; a blank line between two of
// them parts no run. A minus sign ("-5", "-x"), an option ("-rf",
// "--flag") and a table's row ("-e riche | -e riche") stay, and so do code
// fences.
func gluedBullets(body []byte) []byte {
	kinds, habit := gluedLines(body)
	if kinds == nil {
		return body
	}
	kind := func(lines [][]byte, i int) int {
		if i < 0 || i >= len(lines) {
			return notGlued
		}
		return kinds[i]
	}
	// near is the kind of the line next to lines[i] in the direction step,
	// or of the one past a blank line there: lines parted by blank lines,
	// "-1774: …" and "-1783: …", are a list's loose items.
	near := func(lines [][]byte, i, step int) int {
		if j := i + step; kind(lines, j) == notGlued && j >= 0 && j < len(lines) && len(bytes.TrimSpace(lines[j])) == 0 {
			return kind(lines, j+step)
		}
		return kind(lines, i+step)
	}
	return rewriteAround(body, func(lines [][]byte, i int) bool {
		k := kinds[i]
		up, down := near(lines, i, -1), near(lines, i, 1)
		if k == notGlued || !habit && !leadsList(lines, i) || k == gluedLower && up != gluedUpper && down != gluedUpper && !leadsList(lines, i) {
			return false
		}
		line := lines[i]
		dash := len(line) - len(bytes.TrimLeft(line, " \t"))
		fixed := make([]byte, 0, len(line)+1)
		fixed = append(fixed, line[:dash]...)
		if up != notGlued || down != notGlued || isDashBullet(lines, i-1) || isDashBullet(lines, i+1) {
			fixed = append(fixed, "- "...)
		}
		lines[i] = append(fixed, line[dash+1:]...)
		return true
	})
}

// gluedLines returns the kind of each line of body (see gluedDash), outside
// code fences, or nil when none is glued; habit is true when two lines or
// more are gluedUpper.
func gluedLines(body []byte) (kinds map[int]int, habit bool) {
	upper := 0
	var fence fenceState
	for at, i := 0, 0; at < len(body); i++ {
		end := bytes.IndexByte(body[at:], '\n') + 1
		if end == 0 {
			end = len(body) - at
		}
		line := body[at : at+end]
		at += end
		if fence.next(line) {
			continue
		}
		if k := gluedDash(line); k != notGlued {
			if kinds == nil {
				kinds = map[int]int{}
			}
			kinds[i] = k
			if k == gluedUpper {
				upper++
			}
		}
	}
	return kinds, upper >= 2
}

// leadsList reports whether lines[i], a glued line, is the first item of
// the list right under it, typed as that list's items are: "-'echo' -
// outputs any provided texts" over "- 'whoami' - identifies the user". A
// line after a blank line or a heading, over a bullet that parts its term
// with the same dash or colon, is no suffix or flag, whatever its case.
func leadsList(lines [][]byte, i int) bool {
	if !isDashBullet(lines, i+1) || i > 0 && len(bytes.TrimSpace(lines[i-1])) > 0 && !bytes.HasPrefix(lines[i-1], []byte("#")) {
		return false
	}
	indent := func(l []byte) int { return len(l) - len(bytes.TrimLeft(l, " \t")) }
	if indent(lines[i]) != indent(lines[i+1]) {
		return false
	}
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		if bytes.Contains(lines[i], []byte(sep)) && bytes.Contains(bytes.TrimLeft(lines[i+1], " \t")[2:], []byte(sep)) {
			return true
		}
	}
	return false
}

// gluedDash reports whether line opens with a dash glued to a word of two
// letters or more ("-High", "-**elastic**") with another word after it,
// and whether that word is capitalized (all capitals, or a capital over
// small letters).
func gluedDash(line []byte) int {
	ind := 0
	for ind < len(line) && (line[ind] == ' ' || line[ind] == '\t') {
		ind++
	}
	t := line[ind:]
	if ind > 12 || len(t) < 4 || t[0] != '-' || t[1] == ' ' || t[1] == '\t' || bytes.IndexByte(t, '|') >= 0 {
		return notGlued // most lines, and every "- " bullet: no letter is glued to the dash
	}
	w := t[1:]
	if bytes.HasPrefix(w, []byte("**")) || bytes.HasPrefix(w, []byte("__")) {
		w = w[2:]
	}
	quote := byte(0)
	if len(w) > 0 && (w[0] == '\'' || w[0] == '`') {
		quote, w = w[0], w[1:] // "-'echo' - outputs any provided texts": a command in quotes
	}
	if yearGlued(w) {
		return gluedUpper // "-1783: The Treaty of Georgievsk …", a timeline typed with glued dashes
	}
	letters, upper, lower := 0, 0, 0
	first, _ := utf8.DecodeRune(w)
	for len(w) > 0 {
		r, n := utf8.DecodeRune(w)
		if !unicode.IsLetter(r) {
			break
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		} else {
			lower++
		}
		w = w[n:]
	}
	if quote != 0 && len(w) > 0 && w[0] == quote {
		w = w[1:]
	}
	if letters < 2 || !hasWordChar(string(bytes.TrimLeft(w, "*_:,."))) || len(w) == 0 || strings.IndexByte(" *_:,(", w[0]) < 0 {
		return notGlued
	}
	if unicode.IsUpper(first) && (upper == 1 || lower == 0) {
		return gluedUpper
	}
	if lower == letters {
		return gluedLower
	}
	return notGlued
}

// isDashBullet reports whether lines[i] is a bullet opened by "- ".
func isDashBullet(lines [][]byte, i int) bool {
	if i < 0 || i >= len(lines) {
		return false
	}
	t := bytes.TrimLeft(lines[i], " \t")
	return len(t) > 2 && t[0] == '-' && t[1] == ' '
}

// yearGlued reports whether w, a line after the dash glued to it, opens
// with a year from 1000 to 2099 or a span of years from one, then a colon
// and words: "1783: The Treaty of Georgievsk …", "1774-1792: The war
// continues." A minus sign before a number ("-1000 + x") has no colon
// after it.
func yearGlued(w []byte) bool {
	k := bytes.IndexByte(w, ':')
	if k < 4 || k+2 >= len(w) || w[k+1] != ' ' {
		return false
	}
	return isEventYear(string(w[:k])) && hasWordChar(string(w[k+2:]))
}
