package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// keySeps are the signs between a key and what it does on a line of a
// plain-text cheat sheet: "i -> insert mode", "dd - delete line".
var keySeps = [][]byte{[]byte(" -> "), []byte(" → "), []byte(" => "), []byte(" - "), []byte(" – ")}

// keySplit splits line k of ls, which splitLine leaves whole, when it is
// one key of a plain-text cheat sheet among others: "i -> insert mode" and
// ":q -> close vim" beside ":wq -> save and quit". A key alone names
// nothing ("x -> infinity" may be a limit), so a line beside it must give
// a key or a short term for what follows the same sign.
func (p *parsed) keySplit(n ast.Node, ls [][2]int, k int) (split, bool) {
	r := ls[k]
	line := p.src[r[0]:r[1]]
	sep, i, ok := keyLine(line)
	if !ok || !(k > 0 && p.keyNeighbour(n, ls[k-1], sep) || k+1 < len(ls) && p.keyNeighbour(n, ls[k+1], sep) || len(ls) == 1 && p.keyItemNeighbour(n, sep)) {
		return split{}, false
	}
	// The key is read as typed: findSep passes over a bracket, "ctrl-b [".
	lo := r[0] + len(line) - len(bytes.TrimLeft(line, " \t"))
	s := split{termLo: lo, termHi: lo + i, defLo: lo + i + len(sep), defHi: r[1], sep: string(bytes.TrimSpace(sep))}
	if !hasWordChar(p.plain(n, s.defLo, s.defHi)) {
		return split{}, false
	}
	return s, true
}

// keyNeighbour reports whether line r of n gives a key, or a term of up to
// three words, for what follows sep (see keySplit).
func (p *parsed) keyNeighbour(n ast.Node, r [2]int, sep []byte) bool {
	if got, _, ok := keyLine(p.src[r[0]:r[1]]); ok && bytes.Equal(got, sep) {
		return true
	}
	s, ok := p.splitLine(n, r[0], r[1])
	return ok && s.sep == strings.TrimSpace(string(sep)) && countFields(p.plain(n, s.termLo, s.termHi)) <= 3
}

// keyTerm reports whether s, the split of line k of ls, is the one
// keySplit would make: "^ - jump to the first non-blank character" beside
// "$ - jump to the end of the line", which splitLine splits too.
func (p *parsed) keyTerm(n ast.Node, ls [][2]int, k int, s split) bool {
	t, ok := p.keySplit(n, ls, k)
	return ok && t.termLo == s.termLo && t.termHi == s.termHi
}

// keyItemNeighbour reports whether n, the text of a list item, has an item
// beside it that gives a key, or a term of up to three words, for what
// follows sep: "- % - move to matching bracket" beside "- dd - delete
// line", as keyNeighbour reads the lines of a paragraph.
func (p *parsed) keyItemNeighbour(n ast.Node, sep []byte) bool {
	item, ok := n.Parent().(*ast.ListItem)
	if !ok || item.FirstChild() != n {
		return false
	}
	for _, sib := range [2]ast.Node{item.PreviousSibling(), item.NextSibling()} {
		if sib == nil || sib.FirstChild() == nil {
			continue
		}
		if ls := p.lines(sib.FirstChild()); len(ls) > 0 && p.keyNeighbour(sib.FirstChild(), ls[0], sep) {
			return true
		}
	}
	return false
}

// keyLine returns the sign after the key that opens line, "i -> insert
// mode", and where it starts past the line's indent, or false when the
// line opens with no key and sign or the sign comes again after it.
func keyLine(line []byte) ([]byte, int, bool) {
	line = bytes.TrimSpace(line)
	head := line[:min(len(line), maxKeyLen+len(" -> "))] // the key is short: the sign comes early
	for _, sep := range keySeps {
		if i := bytes.Index(head, sep); i > 0 && i+len(sep) < len(line) && isKeyName(line[:i]) {
			if sepOutsideBrackets(line[i+len(sep):], sep) {
				break // "esc -> :q -> quit" is a chain of steps
			}
			return sep, i, true
		}
	}
	return nil, 0, false
}

// sepOutsideBrackets reports whether t holds sep outside brackets: "esc
// -> :q -> quit" chains its steps, where "% - go to the match (pairs:
// '()', '[]' - see :h matchpairs)" gives one key its answer.
func sepOutsideBrackets(t, sep []byte) bool {
	for {
		i := bytes.Index(t, sep)
		if i < 0 {
			return false
		}
		if bytes.Count(t[:i], []byte("(")) <= bytes.Count(t[:i], []byte(")")) {
			return true
		}
		t = t[i+len(sep):]
	}
}

// maxKeyLen is the longest key isKeyName takes, in bytes.
const maxKeyLen = 20

// isKeyName reports whether t is a key of an editor or a shell: up to four
// signs and letters with no space that are not a number nor end in a dot
// as an abbreviation does, ":q", "x", "dd",
// or a chord of up to four parts after a modifier, "ctrl-b [", "Ctrl + e".
func isKeyName(t []byte) bool {
	if len(t) == 0 || len(t) > maxKeyLen {
		return false
	}
	if len(t) > 1 && t[len(t)-1] == '.' {
		return false // "E.g. - granite tors" gives an example
	}
	if a, b, ok := bytes.Cut(t, []byte(" or ")); ok && shortKey(a) && shortKey(b) {
		return true // "i or a -> insert mode"
	}
	if len(t) <= 4 && bytes.IndexByte(t, ' ') < 0 {
		return shortKey(t)
	}
	f := bytes.Fields(t)
	if len(f) > 4 {
		return false
	}
	mod := strings.ToLower(string(f[0]))
	for _, m := range []string{"ctrl", "alt", "shift", "cmd", "meta", "super", "prefix"} {
		if rest, ok := strings.CutPrefix(mod, m); ok && (rest == "" || rest[0] == '-' || rest[0] == '+') {
			return true
		}
	}
	return false
}

// shortKey reports whether t is a key of up to four signs and letters with
// no space that is no number: "i", ":wq", "5G".
func shortKey(t []byte) bool {
	if len(t) == 0 || len(t) > 4 {
		return false
	}
	digits := true
	for _, c := range t {
		if c <= ' ' || c >= 0x7f {
			return false
		}
		digits = digits && c >= '0' && c <= '9'
	}
	return !digits
}
