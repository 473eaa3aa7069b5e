package extract

import "bytes"

// tabStops rewrites the indentation of each line that has a space before a
// tab ("  \t- deep: one": two spaces, then Tab pressed in an editor that
// inserts tabs) as spaces, with tab stops every 4 columns, as CommonMark
// reads it. goldmark reads such a line as less indented than it is, so the
// bullet that the student sees nested under "- Other" was the second line
// of Other's text, and neither made its card. Only list items are
// rewritten: lines indented with tabs alone, or spaces alone, the lines of
// fenced code, and other text (the tabs of indented code) are left as they
// are; every line stays where it was.
func tabStops(src []byte) []byte {
	if !containsText(src, " \t") {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	for i, l := range lines {
		ws := len(l) - len(bytes.TrimLeft(l, " \t"))
		if code[i] || !bytes.Contains(l[:ws], []byte(" \t")) || !bulletAt(l[ws:]) {
			continue
		}
		col := 0
		for _, c := range l[:ws] {
			if c == '\t' {
				col += 4 - col%4
			} else {
				col++
			}
		}
		lines[i] = append(bytes.Repeat([]byte(" "), col), l[ws:]...)
		changed = true
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// bulletAt reports whether s opens with a list marker ("-", "*", "+",
// "1.", "1)") and a space, a tab or the line's end.
func bulletAt(s []byte) bool {
	k := markerLen(s)
	return k > 0 && s[0] != '#' && (k == len(s) || s[k] == ' ' || s[k] == '\t' || s[k] == '\n')
}
