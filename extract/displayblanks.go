package extract

import "bytes"

// emptyGroup is the TeX that fills a blank line inside a display: an empty
// group, which MathJax and the sheet print as nothing.
var emptyGroup = []byte("{}")

// displayBlanks starts each blank line inside a "$$" display that opens on
// a line of its own, and each row of "=" alone, with an empty TeX group,
// "{}", indented as the opening "$$", so that the display stays one
// paragraph, line for line. Typora, Notion and Joplin keep blank lines
// between a display's rows ("$$", "\begin{align}", "", "\text{let }A =
// \begin{bmatrix}"); read as CommonMark, the blank line ended the
// paragraph, and the display, its "$$" and the "$A$" of the paragraphs
// after it printed as raw TeX; a row "=" between two matrices underlined
// the rows above it as a heading. A "$$" with no closing one, and lines
// that read as Markdown ("# Rank", "- item", prose with "$x$"), are left
// as they are. A display may open with its environment on the line of its
// "$$" (see opensDisplay).
func displayBlanks(body []byte) []byte {
	if !containsText(body, "$$\n") && !containsText(body, `$$\begin{`) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	for i := 0; i < len(lines); i++ {
		if code[i] || !opensDisplay(bytes.TrimSpace(lines[i])) {
			continue
		}
		end, fill := displayEnd(lines, code, i)
		if end < 0 {
			continue
		}
		indent := lines[i][:len(lines[i])-len(bytes.TrimLeft(lines[i], " \t"))]
		for _, k := range fill {
			lines[k] = append(append(append([]byte{}, indent...), emptyGroup...), bytes.TrimLeft(lines[k], " \t")...)
			changed = true
		}
		i = end // its closing "$$" opens nothing
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// opensDisplay reports whether t, a trimmed line, opens a display over the
// lines after it: "$$" alone, or "$$\begin{gathered}" with its environment
// (MA10/calka-zastosowania: "$$\begin{gathered}", "x(t)=a \cos{t}\\", …,
// "", "\end{gathered}$$" printed the whole display as raw TeX).
func opensDisplay(t []byte) bool {
	return bytes.Equal(t, []byte("$$")) ||
		bytes.HasPrefix(t, []byte(`$$\begin{`)) && bytes.Count(t, []byte("$$")) == 1
}

// displayEnd returns the index of the line that closes the display opened
// by the "$$" alone on lines[open], or -1 when no line within
// maxDisplayLines closes it, and the lines between that Markdown would not
// read as the display's (blank ones, rows of "="), or nil when a line after
// a blank one reads as Markdown rather than TeX (a heading, a list item,
// prose with "$x$"): then the display's end is Markdown's, and only its
// closing "$$" is known.
func displayEnd(lines [][]byte, code []bool, open int) (int, []int) {
	var fill []int
	blank, markdown := false, false
	for j := open + 1; j < len(lines) && j <= open+maxDisplayLines; j++ {
		t := bytes.TrimSpace(lines[j])
		switch {
		case code[j]:
			return -1, nil
		case len(t) == 0:
			fill, blank = append(fill, j), true
		case bytes.Count(t, []byte("$$")) == 1 && bytes.HasSuffix(t, []byte("$$")):
			if markdown {
				return j, nil
			}
			return j, fill
		case len(bytes.Trim(t, "=")) == 0:
			fill = append(fill, j)
		case blank && (bytes.IndexByte(t, '$') >= 0 || opensBlock(t)):
			markdown = true
		}
	}
	return -1, nil
}

// opensBlock reports whether t, a trimmed line, opens a Markdown block that
// no TeX row begins with: a heading, a quote, a list item, HTML.
func opensBlock(t []byte) bool {
	switch t[0] {
	case '#', '>', '<':
		return true
	case '-', '*', '+':
		return len(t) == 1 || t[1] == ' '
	}
	k := 0
	for k < len(t) && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	return k > 0 && k+1 < len(t) && (t[k] == '.' || t[k] == ')') && t[k+1] == ' '
}
