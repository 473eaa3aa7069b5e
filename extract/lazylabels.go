package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// lazyLabels splits a list at a label typed between its items without a
// blank line or an indent:
//
//	Oesophageal varices
//	- tortuous dilated veins
//	- sensitive to damage
//	GORD
//	- reflux at least once a week
//
// CommonMark reads "GORD" as the lazy continuation of the item above it, so
// the next items join the same list and the label is lost in an answer. The
// author means a new lead-in: the label becomes a paragraph after the list,
// and the items after it a list of their own. The line must look like a
// label: it opens with a capital or a digit, has at most maxLabelWords words,
// no ", " and no closing punctuation, and the line before it ends a thought
// (with no hard line break, which says the item goes on).
//
// Lines typed at the margin after a list of "Term - definition" items
// are read the same way, when the first of them is an entry of that shape:
//
//	Processes of erosion:
//	1) Abrasion - rock thrown into the cliff face
//	2) Solution - soft rocks dissolving in the seawater
//	Fetch - length of water over which the wind has blown
//	Swash - power of wave moving up the beach
//
// CommonMark carries "Fetch" and "Swash" on in the last item; the author
// typed a glossary after the list, and they become a paragraph after it,
// answered in their heading's context, not in the list's lead-in.
type lazyLabels struct{}

// maxEntryTermWords is the most words the term of a "Term - definition"
// line typed at the margin after a list item has.
const maxEntryTermWords = 5

// maxLabelWords is the most words a label between list items has.
const maxLabelWords = 8

// Transform splits every list of doc at its lazy labels.
func (lazyLabels) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var lists []*ast.List
	collectLists(doc, &lists)
	for _, l := range lists {
		for l != nil {
			l = splitAtLabel(l, src)
		}
	}
}

// collectLists appends the lists among the blocks under n to lists,
// outermost first. It does not descend into paragraphs and headings, whose
// children are inline: a walk of every node cost a tenth of the parse.
func collectLists(n ast.Node, lists *[]*ast.List) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.List:
			*lists = append(*lists, c)
			collectLists(c, lists)
		case *ast.ListItem, *ast.Blockquote:
			collectLists(c, lists)
		}
	}
}

// splitAtLabel splits l at its first lazy label or run of lazy entries:
// the items up to it move to a new list before l, the label's (or the
// entries') paragraph follows them, and l keeps the items after it. It
// returns l when it split it between two items, or nil. Moving the items
// before the label, not those after, moves each item once however many
// labels the list holds: a list of n labels is split in linear time.
func splitAtLabel(l *ast.List, src []byte) *ast.List {
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		par := lastParagraph(it)
		if par == nil {
			continue
		}
		k := lazyStart(src, par.Lines(), l.IsOrdered(), it.NextSibling() != nil)
		if k < 0 || numberedOn(it, src) {
			continue
		}
		lp := cutLazyLines(par, k)
		if lp == nil {
			continue
		}
		parent := l.Parent()
		if it.NextSibling() == nil {
			parent.InsertAfter(parent, l, lp)
			return nil
		}
		// The items up to it, as a list like l before it.
		head := ast.NewList(l.Marker)
		head.IsTight, head.Start = l.IsTight, l.Start
		head.SetBlankPreviousLines(l.HasBlankPreviousLines())
		l.SetBlankPreviousLines(false)
		stop := it.NextSibling()
		for c := l.FirstChild(); c != stop; {
			next := c.NextSibling()
			l.RemoveChild(l, c)
			head.AppendChild(head, c)
			c = next
		}
		if l.IsOrdered() {
			l.Start = head.Start + head.ChildCount()
			if k, ok := writtenNumber(l.FirstChild(), src); ok {
				l.Start = k // "Potsdam - Agreed to:" over "1) Divide Germany …" numbers from 1 again
			}
		}
		parent.InsertBefore(parent, l, head)
		parent.InsertBefore(parent, l, lp)
		return l
	}
	return nil
}

// lazyStart returns the index of the first line of lines, the paragraph
// that ends a list item, that the author typed after the item rather than
// in it, or -1: the first entry of a run of lines at the margin that ends
// the paragraph (isLazyEntry; ordered says the item is numbered), a label
// among them included, or else the last line when it is a label over the
// items that follow (more says the list goes on).
func lazyStart(src []byte, lines *text.Segments, ordered, more bool) int {
	n := lines.Len()
	if n < 2 {
		return -1
	}
	k := n
	for k > 1 && atMargin(src, lines.At(k-1)) {
		k--
	}
	for i := k; i < n; i++ {
		if isLazyEntry(src, lines.At(0), lines.At(i-1), lines.At(i), ordered) {
			return i
		}
	}
	if more && isLazyLabel(src, lines.At(n-2), lines.At(n-1)) {
		return n - 1
	}
	return -1
}

// cutLazyLines takes the lines of par from its k-th on, with their
// inline nodes, into a new paragraph that it returns; nil when an inline
// node straddles the k-th line's start.
func cutLazyLines(par ast.Node, k int) ast.Node {
	lines := par.Lines()
	moved := inlinesFrom(par, lines.At(k).Start)
	if moved == nil {
		return nil
	}
	lp := ast.NewParagraph()
	kept := text.NewSegments()
	for i := 0; i < lines.Len(); i++ {
		if i < k {
			kept.Append(lines.At(i))
		} else {
			lp.Lines().Append(lines.At(i))
		}
	}
	for _, c := range moved {
		par.RemoveChild(par, c)
		lp.AppendChild(lp, c)
	}
	if t, ok := par.LastChild().(*ast.Text); ok {
		t.SetSoftLineBreak(false)
	}
	par.SetLines(kept)
	return lp
}

// numberedOn reports whether the item after ordered list item it is written
// with the next number, "3." after "2.": the numbering goes on, so a line
// between them at the margin is the item's text typed without an indent,
// "1 trial and 2 outcomes" under "2. t/f - bernoulli dist", not a label
// over the items after it. A label starts a list of its own, numbered
// from 1 again.
func numberedOn(it ast.Node, src []byte) bool {
	k, ok := writtenNumber(it, src)
	if !ok {
		return false
	}
	next, ok := writtenNumber(it.NextSibling(), src)
	return ok && next == k+1
}

// lastParagraph returns the paragraph (a text block in a tight list) that
// ends item it, through the last items of lists nested in it, or nil: only
// that paragraph can take a lazy line.
func lastParagraph(it ast.Node) ast.Node {
	for {
		c := it.LastChild()
		switch c := c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			return c
		case *ast.List:
			it = c.LastChild()
			if it == nil {
				return nil
			}
		default:
			return nil
		}
	}
}

// isLazyLabel reports whether line, the last line of a list item's
// paragraph after line prev, starts its source line (it is lazy: an item's
// own lines are indented) and reads as a label.
func isLazyLabel(src []byte, prev, line text.Segment) bool {
	if !atMargin(src, line) {
		return false
	}
	t := bytes.TrimSpace(src[line.Start:line.Stop])
	t = bytes.TrimLeft(t, "*_")
	r, _ := utf8.DecodeRune(t)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if bytes.HasSuffix(t, []byte(":")) && countFields(string(t)) <= maxLazyLeadWords {
		return endsThought(src, prev, line) // a lead-in, "You can reduce it with insulators as there could be:"
	}
	if last := t[len(t)-1]; last == '.' || last == ',' || last == ';' || countFields(string(t)) > maxLabelWords {
		return false
	}
	if bytes.Contains(t, []byte(", ")) {
		return false // a list of things, not a label
	}
	if i := bytes.Index(t, []byte(": ")); i > 0 && hasWordCharBytes(t[i+2:]) {
		return false // "Typical values: 0.5-1" under "* subsample [default=1]" gives its value, it leads nothing in
	}
	if i := bytes.Index(t, []byte(" = ")); i > 0 && hasWordCharBytes(t[i+3:]) {
		return false // "Recall(TPR) = TP/(TP+FN)" under "- Recall : how many …" is the item's formula
	}
	return endsThought(src, prev, line)
}

// maxLazyLeadWords is the most words a lead-in typed at the margin between
// list items has: a sentence that ends with a colon leads the items after
// it in, however long, as "You can reduce the thermal conductivity by
// using thermal insulators which have low thermal conductivity as there
// could be:" over "- Gaps of air" does.
const maxLazyLeadWords = 30

// atMargin reports whether line starts its source line: an item's own
// lines are indented, a lazy one is not.
func atMargin(src []byte, line text.Segment) bool {
	return line.Start > 0 && src[line.Start-1] == '\n' && line.Padding == 0
}

// endsThought reports whether line prev, before line, ends the item's
// text: no hard line break after it, and no comma, dash, bracket, slash or
// word (notLast) that the next line would go on from.
func endsThought(src []byte, prev, line text.Segment) bool {
	if raw := bytes.TrimRight(src[prev.Start:line.Start], "\r\n"); bytes.HasSuffix(raw, []byte("  ")) || bytes.HasSuffix(raw, []byte("\\")) {
		return false // a hard line break: the item's text goes on
	}
	p := bytes.TrimSpace(src[prev.Start:prev.Stop])
	if len(p) == 0 {
		return false
	}
	if last := p[len(p)-1]; last == ',' || last == '-' || last == '(' || last == '/' {
		return false // the item's text goes on
	}
	if boldTitleLine(p) {
		return false // "* **Refleksif**" over "Untuk setiap a berlaku aRa": the term's definition
	}
	lastWord := p[bytes.LastIndexByte(p, ' ')+1:]
	return !lookupLower(notLast, string(lastWord))
}

// isLazyEntry reports whether line, a line at the margin of a list item's
// paragraph after line prev, opens a "Term - definition" entry after an
// item that is one too, its first line first ("Fetch - length of water …"
// under "4) Solution - soft rocks dissolving …"), or after a numbered
// item, ordered, that a lead-in's list holds ("Long Telegram - 1946 - …"
// under "2) Let the power in each zone take reparations", which "Potsdam -
// July 1945 - Agreed to:" leads in). The term opens with a capital or a
// digit, unless the item's own term is in lower case too.
func isLazyEntry(src []byte, first, prev, line text.Segment, ordered bool) bool {
	if !atMargin(src, line) || !endsThought(src, prev, line) {
		return false
	}
	term, ok := dashEntryTerm(bytes.TrimSpace(src[line.Start:line.Stop]))
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRune(term)
	own, entry := dashEntryTerm(bytes.TrimSpace(src[first.Start:first.Stop]))
	if !entry {
		return ordered && (unicode.IsUpper(r) || unicode.IsDigit(r))
	}
	o, _ := utf8.DecodeRune(own)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsLower(r) && unicode.IsLower(o)
}

// dashEntryTerm returns the term of line, a "Term - definition" entry
// ("–" and "—" part it too): a term of at most maxEntryTermWords words with
// no comma or full stop, over a definition.
func dashEntryTerm(line []byte) ([]byte, bool) {
	line = bytes.TrimLeft(line, "*_")
	for _, sep := range []string{" - ", " – ", " — "} {
		i := bytes.Index(line, []byte(sep))
		if i <= 0 {
			continue
		}
		term := bytes.TrimRight(line[:i], "*_ ")
		def := bytes.TrimSpace(line[i+len(sep):])
		if len(term) == 0 || len(def) == 0 || bytes.ContainsAny(term, ",.") || countFields(string(term)) > maxEntryTermWords {
			return nil, false
		}
		return term, true
	}
	return nil, false
}

// inlinesFrom returns the inline children of par that lie at or after
// offset at, which must start one of them; nil if one straddles it.
func inlinesFrom(par ast.Node, at int) []ast.Node {
	var out []ast.Node
	for c := par.FirstChild(); c != nil; c = c.NextSibling() {
		start, stop, ok := inlineSpan(c)
		if !ok {
			return nil
		}
		switch {
		case start >= at:
			out = append(out, c)
		case stop > at:
			return nil
		}
	}
	if len(out) == 0 || out[0] == par.FirstChild() {
		return nil
	}
	return out
}

// inlineSpan returns the source offsets that inline node n and its children
// cover.
func inlineSpan(n ast.Node) (start, stop int, ok bool) {
	start, stop = -1, -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, isText := c.(*ast.Text); entering && isText {
			if start < 0 || t.Segment.Start < start {
				start = t.Segment.Start
			}
			stop = max(stop, t.Segment.Stop)
		}
		return ast.WalkContinue, nil
	})
	return start, stop, start >= 0
}

// writtenNumber returns the number written before ordered list item it,
// "1" of "1) Divide Germany", and whether its line has one. CommonMark
// goes on numbering the items after a lazy label from the list's start,
// whatever they are written with; split at the label, the list after it
// keeps the numbers its lines show.
func writtenNumber(it ast.Node, src []byte) (int, bool) {
	if it == nil {
		return 0, false
	}
	c := it.FirstChild()
	if c == nil || c.Type() != ast.TypeBlock || c.Lines().Len() == 0 {
		return 0, false
	}
	at := c.Lines().At(0).Start
	lo := bytes.LastIndexByte(src[:at], '\n') + 1
	t := bytes.TrimLeft(src[lo:at], " \t>")
	n, k := 0, 0
	for k < len(t) && k < 9 && t[k] >= '0' && t[k] <= '9' {
		n = n*10 + int(t[k]-'0')
		k++
	}
	if k == 0 || k >= len(t) || t[k] != '.' && t[k] != ')' {
		return 0, false
	}
	return n, true
}

// boldTitleLine reports whether line, trimmed, is one bold span alone and
// perhaps a colon, "**Refleksif**", "__Symmetric:__": a term that the
// lines under it define, as "* **Refleksif**" over "Untuk setiap a ∈ A
// berlaku aRa" is typed without an indent.
func boldTitleLine(line []byte) bool {
	line = bytes.TrimSuffix(line, []byte(":"))
	for _, mark := range []string{"**", "__"} {
		if len(line) > 2*len(mark) && bytes.HasPrefix(line, []byte(mark)) && bytes.HasSuffix(line, []byte(mark)) &&
			!bytes.Contains(line[len(mark):len(line)-len(mark)], []byte(mark)) {
			return true
		}
	}
	return false
}
