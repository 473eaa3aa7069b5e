package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// emptyItems reports whether back holds nothing but the numbers or bullets
// of list items left blank, "1.<br>2." under "More content to study": a
// template's blanks, not an answer.
func emptyItems(back string) bool {
	fields := strings.Fields(stripTags(strings.ReplaceAll(back, "<br>", " ")))
	if len(fields) == 0 {
		return false
	}
	for _, f := range fields {
		n := strings.TrimRight(f, ".)")
		if f == "-" || f == "*" || f == "•" {
			continue
		}
		if len(n) == len(f) || !isShortNumber(n) {
			return false
		}
	}
	return true
}

// dropBlankLists removes from back, a card's HTML, the lists whose items
// are all empty: "5." to "33." left blank under a study guide's last
// question, a template's blanks that hold no answer (see emptyItems), or
// a bullet with nothing after it.
func dropBlankLists(back string) string {
	if !strings.Contains(back, "<li></li>") {
		return back // the quick test
	}
	var sb strings.Builder
	for {
		i := strings.Index(back, "<li></li>")
		if i < 0 {
			break
		}
		open := max(strings.LastIndex(back[:i], "<ol"), strings.LastIndex(back[:i], "<ul"))
		tag := "</ol>"
		if open >= 0 && strings.HasPrefix(back[open:], "<ul") {
			tag = "</ul>"
		}
		end := strings.Index(back[i:], tag)
		gt := -1
		if open >= 0 {
			gt = strings.IndexByte(back[open:], '>')
		}
		items := back[i:max(i, i+end)]
		if gt < 0 || end < 0 || open+gt+1 != i || strings.Trim(strings.ReplaceAll(items, "<li></li>", ""), "\n") != "" ||
			tag == "</ol>" && strings.Count(items, "<li>") == 1 {
			// An empty item among others, or one number alone, "2." over
			// the second part of a proof, which it numbers: kept.
			sb.WriteString(back[:i+len("<li></li>")])
			back = back[i+len("<li></li>"):]
			continue
		}
		sb.WriteString(back[:open])
		back = back[i+end+len(tag):]
	}
	sb.WriteString(back)
	return sb.String()
}

// blankList reports whether l has items and every one of them is empty:
// "5." to "33." left blank under a study guide's last answer.
func blankList(l *ast.List) bool {
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		if it.FirstChild() != nil {
			return false
		}
	}
	return l.FirstChild() != nil
}

// unfinishedWords end an answer a student began and left to write later:
// "Logic programming is" under "Why are logic languages used for user
// interfaces?". A finished sentence ends with what it says of its subject.
var unfinishedWords = map[string]bool{"is": true, "are": true, "was": true, "were": true}

// unfinished reports whether back, an answer's text, stops after its
// subject and verb with nothing said yet: a few words, no punctuation
// last, and a copula as the last word.
func unfinished(back string) bool {
	back = strings.TrimSpace(back)
	if back == "" || countFields(back) > 6 || strings.ContainsAny(back, "\n<") {
		return false
	}
	i := strings.LastIndexByte(back, ' ')
	return i > 0 && unfinishedWords[strings.ToLower(back[i+1:])]
}

// loneItemText returns the text of back when back is a list of one item
// that holds text alone, "<ul><li>Demand is</li></ul>" → "Demand is", and
// "" for any other back.
func loneItemText(back string) string {
	for _, l := range [][2]string{{"<ul><li>", "</li></ul>"}, {"<ol><li>", "</li></ol>"}} {
		if inner, ok := strings.CutPrefix(back, l[0]); ok {
			if inner, ok := strings.CutSuffix(inner, l[1]); ok && !strings.Contains(inner, "<") {
				return inner
			}
		}
	}
	return ""
}

// maxTitleLookback bounds how many paragraphs answersNoQuestion walks back
// for the bold title over a question: a run of questions under one title
// is short, and a long one costs no more than this per question.
const maxTitleLookback = 32

// answersNoQuestion reports whether next, the block after n, a paragraph
// that asks a question alone, cannot answer it. Book notes ask themselves
// questions among their points and title their parts with bold lines:
// "What is it that I want to accomplish in life?" over "Do I need this? Or
// is it really about ego?" over "**Become a Student**". A question answers
// no question, and a bold line is the next part's title when a bold line
// also titles the part the question is in; a bold line under a question
// with no such title above it ("What does DNA stand for?" over
// "**Deoxyribonucleic acid**") still answers it.
func (b *builder) answersNoQuestion(n, next ast.Node) bool {
	par, ok := next.(*ast.Paragraph)
	if !ok {
		return false
	}
	ls := b.p.lines(par)
	if len(ls) == 1 && isQuestion(b.p.plain(par, ls[0][0], ls[0][1])) {
		return true
	}
	if !b.opensWithBoldLine(par) {
		return false
	}
	prev := n.PreviousSibling()
	for k := 0; prev != nil && k < maxTitleLookback; k++ {
		if _, ok := prev.(*ast.Heading); ok {
			return false // a part titled in bold ends at a heading
		}
		if pp, ok := prev.(*ast.Paragraph); ok {
			if pl := b.p.lines(pp); len(pl) == 1 {
				if _, bold := b.boldLine(pp, pl[0]); bold {
					return true
				}
			}
		}
		prev = prev.PreviousSibling()
	}
	return false
}
