package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// objectMark is U+FFFC, the object replacement character that stands for
// an image pasted into an editor that cannot keep it (Apple Notes, Word, a
// web page's copy); it shows as a box on a card and means nothing.
var objectMark = []byte("\uFFFC")

// dropObjectMarks drops the object replacement characters of src, so that
// "![](Subnets.png)￼" and a line of "￼" alone read as the student sees
// them. Lines stay where they were.
func dropObjectMarks(src []byte) []byte {
	if !bytes.Contains(src, objectMark) {
		return src
	}
	return bytes.ReplaceAll(src, objectMark, nil)
}

// gluedTermLen is the longest term gluedSep looks at, in bytes.
const gluedTermLen = 40

// gluedSep splits a line whose term is glued to its separator, as students
// type it in a hurry: "Amygdala:The amygdala helps the body …", "Broca's
// Area- This area of the brain controls …". The term is a name of one to
// four words in letters, opening with a capital; the colon is followed by
// a capitalised word, the dash by a space and a capitalised word, so that
// "Question 6:James", "10:30", "pre- and post-war" and "e.g.:the" split
// nothing.
func (p *parsed) gluedSep(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	if len(t) < 4 || !isUpperASCII(t[0]) {
		return split{}, false
	}
	for i := 1; i < len(t)-2 && i <= gluedTermLen; i++ {
		c := t[i]
		if isLetterASCII(c) || c == ' ' || c == '\'' {
			continue
		}
		if !isLetterASCII(t[i-1]) {
			return split{}, false
		}
		defAt := 0
		switch {
		case c == ':' && isUpperASCII(t[i+1]) && isLowerASCII(t[i+2]):
			defAt = i + 1
		case c == '-' && t[i+1] == ' ' && isUpperASCII(t[i+2]):
			defAt = i + 2
		default:
			return split{}, false
		}
		termHi, defLo := v.srcOff(i), v.srcOff(defAt)
		if termHi <= lo || defLo < 0 {
			return split{}, false
		}
		term := string(t[:i])
		if countFields(term) > 4 || labels[strings.ToLower(term)] {
			return split{}, false
		}
		if first, _, _ := strings.Cut(term, " "); notFirst[strings.ToLower(first)] {
			return split{}, false // "This- …", "It:The …" start a sentence
		}
		s := split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: string(c)}
		return s, p.validSplit(n, s)
	}
	return split{}, false
}

// isUpperASCII reports whether c is an ASCII capital.
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// isLowerASCII reports whether c is an ASCII small letter.
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// isLetterASCII reports whether c is an ASCII letter.
func isLetterASCII(c byte) bool { return isUpperASCII(c) || isLowerASCII(c) }

// termEmphasis is the markup a sentence sets its defined word in.
var termEmphasis = [][2]string{{"<strong>", "</strong>"}, {"<em>", "</em>"}, {"<b>", "</b>"}}

// plainSubject drops the emphasis that marks one word of a sentence's
// subject, "The **tail** pointer is a reference to …", "***Next*** value
// represents …": the bold points at the term in the sentence, and the whole
// front is the term, so it asks "tail pointer", as the student would write
// it on a card. A front with other markup, or with an emphasis twice, keeps
// it.
func plainSubject(front string) string {
	if strings.IndexByte(front, '<') < 0 {
		return front
	}
	plain := front
	for _, e := range termEmphasis {
		if strings.Count(plain, e[0]) == 1 && strings.Count(plain, e[1]) == 1 {
			plain = strings.Replace(strings.Replace(plain, e[0], "", 1), e[1], "", 1)
		}
	}
	if strings.IndexByte(plain, '<') >= 0 {
		return front
	}
	return plain
}

// pronounLead names the subject of a lead-in that opens with "It", from
// the sentence before it in its paragraph that defines a term with "is":
// "Hypokalemia is a serum potassium deficiency … It may be caused by:"
// asks "Hypokalemia may be caused by", as the student would ask it; "It
// may be caused by" asks nothing. [first, lo) is the paragraph's last line
// up to the lead-in, which opens at lo; front is the lead-in's front, returned as it is when
// no sentence there names the subject.
func (b *builder) pronounLead(par ast.Node, first, lo int, front string) string {
	rest, ok := strings.CutPrefix(front, "It ")
	if !ok || lo <= first {
		return front
	}
	p := b.p
	t := string(p.src[first : lo+1]) // the "I" of "It" ends the sentence before it
	start, _ := nextSentenceBreak(t, 0)
	if start < 0 {
		return front
	}
	end := first + start + strings.IndexAny(t[start:], ".!?")
	s, ok := p.splitLine(par, first, end)
	if !ok || !copula(s.sep) {
		return front
	}
	term := contextText(unwrapStrong(p.html(par, s.termLo, s.termHi)))
	if !isTerm(term) || countFields(term) > 4 {
		return front
	}
	return escapeText(term) + " " + rest
}
