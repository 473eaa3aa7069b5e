package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// stackedLabels returns the front of a lead-in made of short labels stacked
// on their own lines, each ending in ":", over a list: "Soviet Takeovers:"
// then "Why:", or a case study's "Nepal earthquake 2015:" then "Effects:".
// The list answers the labels together, so they are joined on one line,
// "Soviet Takeovers: Why:", instead of a front broken over two lines.
func (p *parsed) stackedLabels(par ast.Node, ls [][2]int) (string, bool) {
	if len(ls) < 2 || len(ls) > 3 {
		return "", false
	}
	parts := make([]string, 0, len(ls))
	for _, r := range ls {
		line := strings.TrimSpace(p.plain(par, r[0], r[1]))
		if !strings.HasSuffix(line, ":") || countFields(line) > 6 || isQuestion(line) {
			return "", false
		}
		parts = append(parts, stripColon(strings.TrimSpace(p.html(par, r[0], r[1]))))
	}
	return strings.Join(parts, ": ") + ":", true
}

// tabDash measures the dash separator that opens rest when its space before
// is a tab, as a key-terms list copied from a worksheet lines its dashes up:
// "TRACHEA<tab>- Another name for the windpipe", and as a cheat sheet of
// sizes lines up its equals signs: "Ethernet header 'SFD'<tab><tab>= 1
// byte". It returns the length of the tab, the sign and the space after it,
// or 0 when rest opens no such separator.
func tabDash(rest []byte) int {
	for _, d := range []string{"- ", "– ", "— ", "= "} {
		if len(rest) > len(d)+1 && string(rest[1:1+len(d)]) == d {
			return 1 + len(d)
		}
	}
	return 0
}

// gluedYear moves a year glued to a dash out of a term, where a student
// typing fast dates an event with "-1917" before the dash that opens its
// facts: "Turnip Winter -1917 - naval blockade - 750,000 starved" asks for
// "Turnip Winter", and the answer opens with "1917 - naval blockade …", as
// the student's "Treaty Of Versailles - 1919 - …" lines do. Only a name
// ending in a letter or a bracket gives its year away; "1914 -1918" stays.
func gluedYear(src []byte, s split) split {
	t := src[s.termLo:s.termHi]
	n := len(t)
	if n < 7 || t[n-5] != '-' || t[n-6] != ' ' {
		return s
	}
	for _, c := range t[n-4:] {
		if c < '0' || c > '9' {
			return s
		}
	}
	k := n - 6
	for k > 0 && t[k-1] == ' ' {
		k--
	}
	if k == 0 || !(isASCIILetter(t[k-1]) || t[k-1] == ')') {
		return s
	}
	s.termHi, s.defLo = s.termLo+k, s.termLo+n-4
	return s
}
