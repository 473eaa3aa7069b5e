package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// isStarLetter reports whether term, the label of block n's line, is a
// letter of a STAR answer typed by its initials, one item each, as
// behavioural interview notes set out a story: "- S: During a project …",
// "- T: …", "- A: I suggested a break, then we talked calmly.", "- R: …".
// "A" there names the Action, not the article, and its sentence defines it
// as the other letters' do; elsewhere "A: I suggested …" stays no term.
func (p *parsed) isStarLetter(n ast.Node, term string) bool {
	t := strings.Trim(strings.TrimSpace(term), "*_")
	if len(t) != 1 || !strings.Contains("STAR", t) {
		return false
	}
	item, ok := n.Parent().(*ast.ListItem)
	if !ok || itemHead(item) != n {
		return false
	}
	return p.starInitials(p.children(item.Parent()))
}

// starInitials reports whether items, a list's, are labelled by the
// initials of a STAR story in turn, "S", "T", "A" and "R" (see
// isStarLetter).
func (p *parsed) starInitials(items []ast.Node) bool {
	if len(items) < 4 {
		return false
	}
	seq := make([]byte, len(items))
	for i, it := range items {
		seq[i] = p.itemInitial(it)
	}
	return bytes.Contains(seq, []byte("STAR"))
}

// starParts are the parts of a STAR story its initials stand for.
var starParts = map[string]string{"S": "Situation", "T": "Task", "A": "Action", "R": "Result"}

// starPartFront asks an initial of a STAR story by the part it stands for
// when star, the item's line is one of a list starInitials found: "S"
// asks Situation, as "* Situation:" over its text does, and "A" Action.
// key is the bare letter, so a card asked "S" before keeps its GUID; ""
// when front stays.
func starPartFront(front string, star bool) (string, string) {
	if !star {
		return front, ""
	}
	part, ok := starParts[strings.Trim(strings.TrimSpace(stripTags(front)), "*_")]
	if !ok {
		return front, ""
	}
	return part, front
}

// itemInitial returns the capital that labels list item it, the letter
// before the colon that opens its first line ("S: …", "**S**: …",
// "**S:** …"), or 0 when none does.
func (p *parsed) itemInitial(it ast.Node) byte {
	h := itemHead(it)
	if h == nil || h.Lines().Len() == 0 {
		return 0
	}
	if first := h.Lines().At(0); lineInitial(p.src[first.Start:first.Stop]) == 0 {
		return 0 // the quick test: a <br> only cuts the line p.lines reads shorter
	}
	ls := p.lines(h)
	return lineInitial(p.src[ls[0][0]:ls[0][1]])
}

// lineInitial returns the capital that labels line, "S" of "S: …",
// "**S**: …" or "**S:** …", or 0 when none does.
func lineInitial(line []byte) byte {
	line = bytes.TrimLeft(line, "*_ ")
	if len(line) < 2 || line[0] < 'A' || line[0] > 'Z' {
		return 0
	}
	if rest := bytes.TrimLeft(line[1:], "*_"); len(rest) > 0 && rest[0] == ':' {
		return line[0]
	}
	return 0
}
