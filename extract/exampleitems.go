package extract

import "strings"

// opensExample reports whether t, a parent bullet's plain text, opens with
// the mark of an example, "eg. [2004] 2 SLR(R) 594" or "e.g. mitochondria"
// over what the example shows: an example asks nothing, and what is nested
// under it stays on the card of the bullet or heading above.
func opensExample(t string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(t), " ")
	return ok && strings.TrimSpace(rest) != "" && exampleMarks[strings.ToLower(strings.Trim(first, "*_"))]
}

// exampleMarks are the abbreviations that open an example.
var exampleMarks = map[string]bool{"e.g.": true, "e.g": true, "e.g.,": true, "eg.": true, "eg": true,
	"eg:": true, "e.g.:": true, "ex.": true, "ex:": true}
