package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// mathFence reports whether a fenced block's language says it holds one
// display formula: GitHub and GitLab render ```math as MathJax does $$…$$,
// and students who write their notes there type it so.
func mathFence(lang string) bool {
	return lang == "math"
}

// formulaTexts writes a symbol's key typed as one equation, a line that is
// only "$N = \text{population size}$" (after a list marker, if any), as the
// key is written in words: "$N$ = population size". The symbol and what it
// stands for then make a card, as "$u$ = initial velocity" does. A value
// ("$a = \text{const}$") or an equation with more after the text stays as
// it is; so does code. src is returned when no line has such a key.
func formulaTexts(src []byte) []byte {
	if !containsText(src, `\text{`) {
		return src
	}
	var out []byte // nil until a line is rewritten
	last := 0
	textLines(src, func(off int, line []byte) {
		at, eq, close, ok := formulaText(line)
		if !ok {
			return
		}
		sym := bytes.TrimSpace(line[at+1 : eq])
		gloss := line[bytes.Index(line[eq:], []byte(`\text{`))+eq+len(`\text{`) : close-1]
		out = append(out, src[last:off+at]...)
		out = append(out, '$')
		out = append(out, sym...)
		out = append(out, "$ = "...)
		out = append(out, bytes.TrimSpace(gloss)...)
		last = off + close + 1
	})
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// formulaText finds a line that is one inline formula, a symbol, "=" and
// words in \text{…}: the offsets of its opening "$", of its "=" and of its
// closing "$".
func formulaText(line []byte) (at, eq, close int, ok bool) {
	at = len(line) - len(bytes.TrimLeft(line, " \t"))
	at += listMarkerLen(line[at:])
	if at+1 >= len(line) || line[at] != '$' || line[at+1] == '$' || line[at+1] == ' ' {
		return 0, 0, 0, false
	}
	n := bytes.IndexByte(line[at+1:], '$')
	if n < 0 || len(bytes.TrimSpace(line[at+1+n+1:])) > 0 {
		return 0, 0, 0, false // no closing "$", or words after the formula
	}
	close = at + 1 + n
	inner := line[at+1 : close]
	e := bytes.IndexByte(inner, '=')
	if e < 0 || bytes.Count(inner, []byte("=")) != 1 {
		return 0, 0, 0, false
	}
	sym, rest := bytes.TrimSpace(inner[:e]), bytes.TrimSpace(inner[e+1:])
	if len(sym) == 0 || len(sym) > maxFormulaTerm || bytes.IndexByte(sym, '`') >= 0 {
		return 0, 0, 0, false
	}
	if !bytes.HasPrefix(rest, []byte(`\text{`)) || rest[len(rest)-1] != '}' {
		return 0, 0, 0, false
	}
	gloss := rest[len(`\text{`) : len(rest)-1]
	if bytes.ContainsAny(gloss, `{}\$`) || !isKeyGloss(gloss) {
		return 0, 0, 0, false
	}
	return at, at + 1 + e, close, true
}

// isKeyGloss reports whether gloss, the words of a \text{…}, name what a
// symbol stands for: it starts with a letter and is no constant's value
// ("const", "constant"), which states something of the symbol instead.
func isKeyGloss(gloss []byte) bool {
	g := strings.ToLower(strings.TrimRight(strings.TrimSpace(string(gloss)), "."))
	r, _ := utf8.DecodeRuneInString(g)
	return unicode.IsLetter(r) && g != "const" && g != "constant"
}

// namedValueLine reports whether n, a block outside a list, is a paragraph
// of more than one line: physics notes list named formulas a line each as
// they list them in bullets, "Force $F = ma$" over "Potential Energy $U =
// mgh$".
func namedValueLine(n ast.Node) bool {
	para, ok := n.(*ast.Paragraph)
	return ok && para.Lines().Len() > 1
}
