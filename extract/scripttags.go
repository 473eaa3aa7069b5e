package extract

import (
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// scriptTag returns the raised or lowered form of the text of the <sup> or
// <sub> element that tag, the raw HTML of n, opens, and the text node it
// replaces; or "" and nil. Notion, Typora and pasted HTML write exponents
// and indices so: the sheet printed "$A$<sup>-1</sup>" as "A-1",
// "x<sup>2</sup>" as "x2" and "T<sub>n-1</sub>" as "Tn-1", another thing;
// now they are A⁻¹, x² and Tₙ₋₁. A text the font has no such signs for,
// "<sup>[1]</sup>" or "W<sub>cd</sub>", stays on the line as it was; a
// state symbol, "<sub>(aq)</sub>", prints on the line (see stateScript).
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
	body := strings.TrimSpace(string(o.text(text.Segment.Value(o.p.src))))
	if st, ok := stateScript(body); ok && tag[3]|0x20 == 'b' {
		return st, text // "H<sub>2</sub>O<sub>(l)</sub>": H₂O(l)
	}
	s := raise(body, table)
	if s == "" {
		return "", nil
	}
	return s, text
}

// textAttrTag matches a self-closing element that holds its text in a
// "text" attribute, as a site's own component does: `<d type="er"
// text="Apfel"/>` marks a German noun's gender.
var textAttrTag = lazyRegexp(`^<[A-Za-z][\w-]*(?:\s+[\w:-]+="[^"]*")*?\s+text="([^"]*)"(?:\s+[\w:-]+="[^"]*")*\s*/>$`)

// textAttr returns the text that tag, the raw HTML of an inline element,
// holds in its "text" attribute when it closes itself: a table of "der
// <d type="er" text="Apfel"/> | apple" printed "der | apple" on the sheet,
// the noun lost, and "m<d type="impt" text="a"/>gst" printed "mgst".
func textAttr(tag string) (string, bool) {
	if !strings.HasSuffix(tag, "/>") || !strings.Contains(tag, "text=") {
		return "", false
	}
	m := textAttrTag().FindStringSubmatch(tag)
	if m == nil {
		return "", false
	}
	return html.UnescapeString(m[1]), true
}
