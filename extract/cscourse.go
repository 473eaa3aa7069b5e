package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	east "github.com/yuin/goldmark/extension/ast"
)

// algorithmAspects name a measure or a use of an algorithm, a data
// structure or a solution, which asks nothing without it: "**Time
// Complexity:** O(n log n)" under "### Merge Sort" and "**Time
// Complexity:** O(n^2) worst" under "### Quick Sort" are two answers to
// "Time Complexity".
var algorithmAspects = map[string]bool{
	"time complexity": true, "space complexity": true, "complexity": true, "time": true, "space": true,
	"runtime": true, "run time": true, "running time": true, "auxiliary space": true,
	"best case": true, "worst case": true, "average case": true, "when to use": true,
	"use case": true, "use cases": true, "useful for": true, "intuition": true, "key idea": true,
	"invariant": true, "invariants": true,
	// "**Core Idea:**" under each theory of a thinker is the theory's, as
	// "key idea" is.
	"core idea": true, "main idea": true,
	// "**Problem**:" under each use case of a service states that case's
	// problem. ("Solution" is left out: it is a term too, the erosion that
	// dissolves rock.)
	"problem": true,
}

// aspectOfOwners reports whether the front f of the cards is names a
// measure of what each sits under (see algorithmAspects, structureAspects
// and diseaseAspect), or the memory cue each has (mnemonicHeads: "The
// Trick:" under "## BUN" and "## Calcium", "Mnemonic:" under "### Cranial
// nerves" and "### Carpal bones"), under two levels or more (part): a note
// that gives each algorithm its "Time Complexity" alone shares no second
// front, so partOfOwners misses it, yet asked bare the front is one
// question with one answer per algorithm.
func aspectOfOwners(f string, is []int, part map[int]string) bool {
	if len(f) > lookupKeyMax || !algorithmAspects[f] && !structureAspects[f] && !diseaseAspect(f) && !mnemonicHeads[f] {
		return false // the quick test: f is case folded already (see readKey)
	}
	var first string
	for _, i := range is {
		o, ok := part[i]
		if !ok {
			continue
		}
		if first == "" {
			first = o
		} else if o != first {
			return true
		}
	}
	return false
}

// measuresOnly reports whether every cell of a table's row but its key,
// a bound already, is a bound of an algorithm's cost or blank: under "|
// Best | Average | Worst | Space |", the row "| O(n) | O(n^2) | O(n^2) |
// O(1) |" names nothing, and a card "O(n) → Average: O(n^2) …" asks a
// measurement. The table's heading asks for the row already. A row whose
// bound a word explains ("| O(1) | Constant | array access |") is no such
// row.
func (b *builder) measuresOnly(cells []*east.TableCell, key int) bool {
	for k, c := range cells {
		if k == key {
			continue
		}
		if t := strings.TrimSpace(b.p.plain(c, 0, everything)); strings.Trim(t, "-–—") != "" && !isBound(t) {
			return false
		}
	}
	return true
}

// isBound reports whether s is an asymptotic bound alone, as complexity
// tables write one: "O(n log n)", "Θ(n^2)", "Ω(1)", "O(logn)*".
func isBound(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 4 || s[len(s)-1] != ')' && s[len(s)-1] != '*' {
		return false // the quick test: too short, or no closing bracket
	}
	r, w := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("OoΘθΩω", r) || s[w] != '(' {
		return false
	}
	end := strings.LastIndexByte(s, ')')
	return end > w+1 && strings.Trim(s[end+1:], "*") == "" && strings.Count(s, "(") == strings.Count(s, ")")
}

// boundNamed reports whether term, before an equals sign, is an
// asymptotic bound (see isBound) that def names in words, as complexity
// notes list the classes: "O(n log n) = quasilinear time, slower than
// linear time at large input values". Such a bound is a term, not a
// function of a letter set equal to a formula ("O(n) = O(n^2)" compares).
func boundNamed(term string, def []byte) bool {
	if !isBound(term) {
		return false
	}
	first, _, _ := bytes.Cut(bytes.TrimLeft(def, " *_"), []byte(" "))
	first = bytes.TrimRight(first, ",;.")
	if len(first) < 3 {
		return false
	}
	for _, r := range string(first) {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// boundCases are the words a complexity list writes after a bound to say
// which case it bounds: "O(n^2) worst case", "O(1) amortized".
var boundCases = map[string]bool{"worst": true, "average": true, "best": true, "case": true, "amortized": true, "amortised": true, "expected": true, "on": true}

// remarkOpeners open a remark on when a bound holds, not a name for it:
// "only happens when a bad pivot is chosen", "always, even in the worst
// case".
var remarkOpeners = map[string]bool{"only": true, "always": true, "when": true, "if": true, "even": true, "unless": true,
	"because": true, "since": true, "happens": true, "occurs": true, "usually": true, "rarely": true, "never": true}

// boundRemark reports whether term, a complexity bound and the case it
// bounds, "O(n^2) worst case", is split from def, a remark on when it
// holds, "only happens when a bad pivot is chosen": the line is one of
// the bounds its lead-in, "Time complexity:", asks for, and a card asking
// the bound would have no answer anyone could give. A bound named in
// words, "O(n log n) = quasilinear time", is a term (see boundNamed).
func boundRemark(term string, def []byte) bool {
	bound, rest, _ := strings.Cut(strings.TrimSpace(term), ")")
	if !isBound(bound + ")") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(strings.Trim(rest, "* "))) {
		if !boundCases[w] {
			return false
		}
	}
	first, _, _ := bytes.Cut(bytes.TrimLeft(def, " *_"), []byte(" "))
	return remarkOpeners[strings.ToLower(string(bytes.TrimRight(first, ",;.")))]
}

// minSummaryWords is the fewest words of a bold line that sums up its
// section rather than names a part of it.
const minSummaryWords = 6

// boldSummary reports whether line, one line of a heading's body, is a
// sentence set in bold alone that sums up the section, "**Try every
// possible subset of items and check which one fits and gives max
// profit**" under "## 1. Brute Force": the heading's card asks for it and
// the list below, and a card asking the sentence would ask a statement.
// A short bold line names a part ("**Metastasis**"), a bold question
// asks, and a bold line with a colon labels its text: none is a summary.
func boldSummary(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) < 6 || !bytes.HasPrefix(t, []byte("**")) || !bytes.HasSuffix(t, []byte("**")) {
		return false // the quick test: not one bold span
	}
	in := t[2 : len(t)-2]
	return bytes.Count(in, []byte("**")) == 0 && bytes.IndexByte(in, ':') < 0 && !bytes.HasSuffix(bytes.TrimSpace(in), []byte("?")) &&
		len(bytes.Fields(in)) >= minSummaryWords
}

// ownerNames returns the owners of the cards is (see nameOwners) without
// the numbering of their headings: "## 2. Base Case" over "**Time
// Complexity:** O(1) per cell" asks "Base Case: Time Complexity", as the
// heading's own card asks "Base Case". Numbering that alone tells two
// owners apart stays: "### 16. März" and "### 18. März" are two days.
func ownerNames(is []int, owner map[int]string) map[int]string {
	names := make(map[int]string, len(is))
	seen := map[string]string{} // a name without numbering → the owner it came from
	for _, i := range is {
		o, ok := owner[i]
		if !ok {
			continue
		}
		t := stripNumbering(o)
		if !hasWordChar(t) {
			t = o
		}
		k := strings.ToLower(t)
		if from, ok := seen[k]; ok && from != o {
			return owner // two owners one name: their numbers name them
		}
		seen[k] = o
		names[i] = t
	}
	return names
}
