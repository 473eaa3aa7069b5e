package extract

import "strings"

// opensExample reports whether t, a parent bullet's plain text, opens with
// the mark of an example, "eg. [2004] 2 SLR(R) 594" or "e.g. mitochondria"
// over what the example shows: an example asks nothing, and what is nested
// under it stays on the card of the bullet or heading above.
func opensExample(t string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(t), " ")
	if !ok || strings.TrimSpace(rest) == "" {
		return false
	}
	first = strings.ToLower(strings.Trim(first, "*_"))
	if exampleMarks[first] {
		return true
	}
	second, rest, ok := strings.Cut(strings.TrimSpace(rest), " ")
	return ok && strings.TrimSpace(rest) != "" && exampleMarks[first+" "+strings.ToLower(strings.Trim(second, "*_"))]
}

// exampleMarks are the abbreviations that open an example, in English and
// abroad: German "z.B." (also typed "z. B."), French "p. ex.", Spanish
// "p. ej.", Dutch "bijv.". Each ends in its full stop, so "bv" or "ex" alone
// starts no example.
var exampleMarks = map[string]bool{"e.g.": true, "e.g": true, "e.g.,": true, "eg.": true, "eg": true,
	"eg:": true, "e.g.:": true, "ex.": true, "ex:": true,
	"z.b.": true, "z.b.:": true, "z. b.": true, "z. b.:": true, "p.ex.": true, "p. ex.": true, "p.ej.": true, "p. ej.": true,
	"bijv.": true, "bv.": true}
