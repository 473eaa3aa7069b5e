package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// italicLead splits a line that opens with a term in italics followed by
// its verb, as lecture notes set a term where others bold it: "1. *Set-up
// time* is the critical period before a clock edge". Italics stress a word
// as often as they name a term, so only "is" or "are" right after them
// defines (see startsCopula); "*Always* check …" and "*Combinational
// gates* which perform …" do not.
func (p *parsed) italicLead(n ast.Node, lo, hi int) (split, bool) {
	e, ok := n.FirstChild().(*ast.Emphasis)
	if !ok || e.Level != 1 {
		return split{}, false
	}
	if at := p.startOf(e); at <= lo || at > hi || len(bytes.Trim(p.src[lo:at], " *_")) > 0 {
		return split{}, false // the italics open the line
	}
	end := p.endOf(e)
	if end < 0 || end >= hi {
		return split{}, false
	}
	for end < hi && (p.src[end] == '*' || p.src[end] == '_') {
		end++
	}
	if !startsCopula(bytes.TrimLeft(p.src[end:hi], " ")) {
		return split{}, false
	}
	return p.emphasisLead(n, lo, hi, 1)
}

// outlineTitles title the list of topics a lecture goes on to cover, lower
// case: "###### Outline" over "- Seq2seq with attention".
var outlineTitles = map[string]bool{"outline": true, "lecture outline": true, "agenda": true, "topics": true}

// maxOutlineWords is the most words an item of an outline has: a title, not
// a sentence.
const maxOutlineWords = 10

// outlineSection reports whether the section under the heading titled t
// (without its marks and colon), body, lists what the note goes on to
// cover: under a title of outlineTitles, or under "Contents", one list of
// titles (see outlineList), at least minContentsItems under "Contents",
// and perhaps the rule that closes it. Such a section asks nothing and heads nothing,
// as a table of contents does.
func (b *builder) outlineSection(t string, body []ast.Node) bool {
	contents := strings.EqualFold(t, "contents")
	if !contents && !lookupLower(outlineTitles, t) {
		return false
	}
	if k := len(body) - 1; k > 0 && body[k].Kind() == ast.KindThematicBreak {
		body = body[:k] // the rule that ends a slide or a section
	}
	if len(body) != 1 {
		return false
	}
	if l, ok := body[0].(*ast.List); contents && (!ok || l.ChildCount() < minContentsItems) {
		return false
	}
	return b.outlineList(body[0], contents)
}

// minContentsItems is the fewest titles a "Contents" list of the note's
// headings holds; fewer more likely name what a thing holds.
const minContentsItems = 3

// outlineList reports whether n is a list whose every item is one line of a
// title, at most maxOutlineWords words that end in no sentence's mark,
// with nothing under it but lists of such items. Under "Contents"
// (headingCase), each title opens in upper case as the note's headings do:
// "Memory and Storage", not what a thing holds, "cytosol".
func (b *builder) outlineList(n ast.Node, headingCase bool) bool {
	l, ok := n.(*ast.List)
	if !ok {
		return false
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		first := it.FirstChild()
		if first == nil || first.Lines() == nil || first.Lines().Len() != 1 {
			return false
		}
		t := strings.TrimSpace(b.p.plain(first, 0, everything))
		r, _ := utf8.DecodeRuneInString(t)
		if t == "" || countFields(t) > maxOutlineWords || strings.ContainsAny(t[len(t)-1:], ".?!:;") || headingCase && !unicode.IsUpper(r) {
			return false
		}
		for c := first.NextSibling(); c != nil; c = c.NextSibling() {
			if !b.outlineList(c, headingCase) {
				return false
			}
		}
	}
	return true
}

// courseParts name a meeting or a part of a course that notes head by its
// number, lower case: "lec 3", "Week 5", "Module 1", "Chapter 2".
var courseParts = map[string]bool{"lecture": true, "lec": true, "lect": true, "week": true, "wk": true,
	"class": true, "session": true, "tutorial": true, "lab": true, "lesson": true, "module": true,
	"unit": true, "chapter": true, "ch.": true}

// bareCoursePart reports whether heading text t names a part of a course by
// its number alone or with its date, "lec 3", "Week 5:", "Lecture 10 -
// December 3, 2016": a heading that asks nothing of the lecture it heads.
// "Lecture 2: Memory" names its topic.
func bareCoursePart(t string) bool {
	word, rest, ok := strings.Cut(strings.TrimSpace(t), " ")
	if !ok || !lookupLower(courseParts, word) {
		return false
	}
	num, rest, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if !partNumber(strings.TrimRight(num, ".:)")) {
		return false
	}
	rest = strings.Trim(rest, " -–—:,()")
	return rest == "" || isDate(rest)
}

// months are the names of the months and their short forms, lower case.
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// isDate reports whether s is a date alone: "December 3, 2016", "3 Dec",
// "2018-09-27", "27/09/18".
func isDate(s string) bool {
	digits := false
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, ",.")
		switch {
		case lookupLower(months, f):
		case f != "" && strings.Trim(f, "0123456789/-.") == "":
			digits = true
		case len(f) > 2 && strings.Trim(f[:len(f)-2], "0123456789") == "" && lookupLower(ordinalEnds, f[len(f)-2:]):
			digits = true // "3rd"
		default:
			return false
		}
	}
	return digits
}

// ordinalEnds end an ordinal number in English, lower case: "3rd".
var ordinalEnds = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}
