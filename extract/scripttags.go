package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// scriptTag returns the raised or lowered form of the text of the <sup> or
// <sub> element that tag, the raw HTML of n, opens, and the text node it
// replaces; or "" and nil. Notion, Typora and pasted HTML write exponents
// and indices so: the sheet printed "$A$<sup>-1</sup>" as "A-1",
// "x<sup>2</sup>" as "x2" and "T<sub>n-1</sub>" as "Tn-1", another thing;
// now they are A⁻¹, x² and Tₙ₋₁. A text the font has no such signs for,
// "<sup>[1]</sup>" or "W<sub>cd</sub>", stays on the line as it was.
func (o *outliner) scriptTag(n *ast.RawHTML, tag string) (string, ast.Node) {
	if len(tag) != len("<sup>") || !strings.EqualFold(tag[:3], "<su") || tag[4] != '>' {
		return "", nil
	}
	table := superscripts
	switch tag[3] | 0x20 {
	case 'b':
		table = subscripts
	case 'p':
	default:
		return "", nil
	}
	text, ok := n.NextSibling().(*ast.Text)
	if !ok || text.SoftLineBreak() || text.HardLineBreak() {
		return "", nil
	}
	end, ok := text.NextSibling().(*ast.RawHTML)
	if !ok || end.Segments.Len() != 1 {
		return "", nil
	}
	if seg := end.Segments.At(0); !strings.EqualFold(string(seg.Value(o.p.src)), "</"+tag[1:]) {
		return "", nil
	}
	s := raise(strings.TrimSpace(string(o.text(text.Segment.Value(o.p.src)))), table)
	if s == "" {
		return "", nil
	}
	return s, text
}
