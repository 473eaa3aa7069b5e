package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// choiceWords join two spellings of one command, as cheat sheets offer
// them: "`git checkout x` or `git switch x`", "`git add <fichier>` ou `git
// add .`", "`a` / `b`".
var choiceWords = map[string]bool{"/": true, "|": true, "or": true, "ou": true, "o": true, "oder": true,
	"或": true, "或者": true, "또는": true, "혹은": true}

// codeChoices reports whether [lo, hi) of block n holds two or three code
// spans and only the words that offer them as choices between them:
// "`git add <fichier>` / `git add .`", "`docker stop c` or `docker
// container stop c`". Each span is code a term can be (see isCodeTerm),
// and the choices ask together, as one command typed two ways.
func (p *parsed) codeChoices(n ast.Node, lo, hi int) bool {
	spans, joined := 0, true
	first, stop := p.kidsIn(n, lo, hi)
	for c := first; c != stop; c = c.NextSibling() {
		if !overlaps(p, c, lo, hi) {
			continue
		}
		switch c := c.(type) {
		case *ast.CodeSpan:
			if spans > 0 && !joined || !isCodeTerm(string(p.src[p.startOf(c):p.endOf(c)])) {
				return false // "`a``b`" is no choice
			}
			spans++
			joined = false
		case *ast.Text:
			w := string(bytes.TrimSpace(p.src[max(c.Segment.Start, lo):min(c.Segment.Stop, hi)]))
			switch {
			case w == "":
			case spans == 0 || joined || !choiceWords[strings.ToLower(w)]:
				return false
			default:
				joined = true
			}
		default:
			return false
		}
	}
	return spans >= 2 && spans <= 3 && !joined
}

// isCommandChoice reports whether term, plain text, offers one command
// typed two ways, "git checkout x or git switch x", "git add <fichier> /
// git add .": two commands of the same program, in small letters, each
// with an argument, joined by a word of choiceWords. "cats or dogs" names
// no program, nor does "read a book or write one" twice.
func isCommandChoice(term string) bool {
	f := strings.Fields(term)
	for i, w := range f {
		if i < 2 || i > len(f)-3 || !choiceWords[strings.ToLower(w)] {
			continue
		}
		a, b := f[:i], f[i+1:]
		return a[0] == b[0] && programName(a[0]) && shellCommand([]byte(strings.Join(a, " "))) && shellCommand([]byte(strings.Join(b, " ")))
	}
	return false
}

// programName reports whether w can name a program a shell runs: small
// letters, digits and "-", opening with a letter, as git, docker, kubectl
// and apt-get are named.
func programName(w string) bool {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for _, c := range []byte(w) {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
