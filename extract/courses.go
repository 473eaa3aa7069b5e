package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// isNoListTerm reports whether term, split at sep in the list item text n,
// is a name that opens with "No" among names: "No preemption: a resource
// cannot be taken …" beside "Hold and wait: a process holding …" is one of
// the four conditions of a deadlock, not a clause. The item next to it (or
// the one before) splits at the same separator after a term. A plain "No
// one knows: …" alone still opens a clause (see notFirst).
func (p *parsed) isNoListTerm(n ast.Node, term, sep string) bool {
	rest, ok := strings.CutPrefix(term, "No ")
	if !ok || countFields(rest) > 3 || !isTerm(rest) {
		return false
	}
	item, ok := n.Parent().(*ast.ListItem)
	if !ok || n != item.FirstChild() {
		return false
	}
	mark := ": "
	if sep != ":" {
		mark = " " + sep + " "
	}
	return p.itemTermBefore(item.PreviousSibling(), mark) || p.itemTermBefore(item.NextSibling(), mark)
}

// itemTermBefore reports whether the first line of list item n opens with
// a term before mark, not itself a "No …" one: "Hold and wait" in "Hold
// and wait: a process …".
func (p *parsed) itemTermBefore(n ast.Node, mark string) bool {
	if n == nil || n.FirstChild() == nil || n.FirstChild().Type() != ast.TypeBlock {
		return false
	}
	lines := n.FirstChild().Lines()
	if lines == nil || lines.Len() == 0 {
		return false
	}
	seg := lines.At(0)
	line := p.src[seg.Start:seg.Stop]
	k := bytes.Index(line, []byte(mark))
	if k <= 0 {
		return false
	}
	t := strings.TrimSpace(strings.Trim(string(line[:k]), "*_`"))
	return !strings.HasPrefix(t, "No ") && countFields(t) <= 4 && isTerm(t)
}

// checkMarks are the marks a comparison table writes for yes and no.
var checkMarks = []string{"✅", "❌", "✔️", "✔", "✓", "✗", "✘", "❎", "✖️", "✖", "☑️", "☑"}

// isMarkCell reports whether s, a table cell as plain text, is a check mark
// or a cross alone: "| FCFS | No | ❌ |" answers "BT Required" as "No"
// would. An empty cell or a dash is none.
func isMarkCell(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 8 {
		return false // the quick test: one mark and its variation selector
	}
	for _, m := range checkMarks {
		if s == m {
			return true
		}
	}
	return false
}

// moreAssignments reports whether def, after a one-word term and "=", goes
// on with more assignments after commas: "R1 = d, R2 = c, R3 = a" states
// a register file, and "R1" is not defined by the rest. A formula's key,
// "F = ma, where m = mass", names no one-word symbol after its comma.
func moreAssignments(term string, def []byte) bool {
	if countFields(term) != 1 || !bytes.Contains(def, []byte(" = ")) {
		return false // the quick test
	}
	k := bytes.Index(def, []byte(", "))
	if k < 0 || bytes.Contains(def[:k], []byte(" = ")) || countFields(string(def[:k])) > 2 {
		return false
	}
	rest := def[k+2:]
	c := bytes.Index(rest, []byte(" = "))
	return c > 0 && countFields(string(rest[:c])) == 1 && !bytes.ContainsAny(rest[:c], ",;.()")
}

// isNumberLabel reports whether term, before a colon, is a number alone:
// "1: Go to memory", "2: Convert the address" number the steps of the
// answer they sit in, and a number asks nothing.
func isNumberLabel(term string) bool {
	term = strings.TrimSpace(term)
	if term == "" || len(term) > 3 {
		return false
	}
	for _, r := range term {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// pointerLinkLabels name where to read, before a link that is a line's
// whole content: "Reference: [Normalization of Database](http://…)".
var pointerLinkLabels = map[string]bool{
	"reference": true, "references": true, "ref": true, "refs": true, "source": true, "sources": true,
	"see": true, "see also": true, "read more": true, "more": true, "link": true, "links": true,
}

// pointerLinkOnly reports whether back, a card's answer as HTML, is a
// pointer label and links alone: "Reference: <a href=…>Normalization of
// Database</a>" points to where the answer is and teaches nothing.
func pointerLinkOnly(back string) bool {
	if len(back) > 600 || !strings.Contains(back, "<a ") {
		return false // the quick test
	}
	label, links, ok := strings.Cut(back, ":")
	if !ok || !pointerLinkLabels[strings.ToLower(strings.TrimSpace(label))] {
		return false
	}
	for {
		links = strings.TrimLeft(links, " ,;|")
		if links == "" {
			return true
		}
		if !strings.HasPrefix(links, "<a ") {
			return false
		}
		end := strings.Index(links, "</a>")
		if end < 0 {
			return false
		}
		links = links[end+len("</a>"):]
	}
}
