package extract

import "bytes"

// headingUnderlines returns body with each line of "=" signs alone right
// under an ATX heading, "## Cell Structure" over "====", left empty: the
// note underlines a heading it already marked with "#", as a setext
// heading is underlined, and Markdown read the signs as a paragraph of
// their own, the first line of the heading's answer. Line numbers stay.
func headingUnderlines(body []byte) []byte {
	if !bytes.Contains(body, []byte("\n==")) {
		return body // most notes: spare the walk
	}
	return rewriteAround(body, func(lines [][]byte, i int) bool {
		if i == 0 || !equalsLine(lines[i]) || !isATXHeading(lines[i-1]) {
			return false
		}
		lines[i] = blankLine(lines[i])
		return true
	})
}

// equalsLine reports whether line is two "=" signs or more and nothing
// else but trailing spaces.
func equalsLine(line []byte) bool {
	t := bytes.TrimRight(line, " \t\r\n")
	return len(t) >= 2 && len(bytes.Trim(t, "=")) == 0
}
