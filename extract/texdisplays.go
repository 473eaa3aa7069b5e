package extract

import "bytes"

// displayEnvs are the environments of LaTeX's display math that notes
// write bare, with no delimiters around them.
var displayEnvs = []string{"align", "align*", "equation", "equation*", "gather", "gather*",
	"multline", "multline*", "eqnarray", "eqnarray*", "alignat", "alignat*", "flalign", "flalign*"}

// texDisplays rewrites a display written over several lines with LaTeX's
// own delimiters, "\[" opening a line and "\]" ending a later one of the
// same paragraph, and an environment of display math written bare,
// "\begin{align}" … "\end{align}", as the "$$" display the parser reads,
// line for line. Read as Markdown, the "\\" ending an aligned row lost a
// backslash ("e^{i\pi} + 1 &= 0 \"), and a bare environment was text,
// which Anki's MathJax typesets only between delimiters. Code and "$$"
// displays are left as they are.
func texDisplays(body []byte) []byte {
	if !containsText(body, `\[`) && !containsText(body, `\begin{`) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	code := fencedLines(lines)
	changed, dollars := false, false
	for i := 0; i < len(lines); i++ {
		if code[i] {
			continue
		}
		t := bytes.TrimSpace(lines[i])
		if displayMarks(t)%2 == 1 {
			dollars = !dollars
			continue
		}
		if dollars || len(t) == 0 {
			dollars = dollars && len(t) > 0 // a blank line ends a paragraph, and the display with it
			continue
		}
		var open, close []byte
		switch {
		case bytes.HasPrefix(t, []byte(`\[`)) && !bytes.Contains(t, []byte(`\]`)):
			open, close = []byte(`\[`), []byte(`\]`)
		case bytes.HasPrefix(t, []byte(`\begin{`)):
			env := bareEnv(t)
			if env == "" {
				continue
			}
			open, close = nil, []byte(`\end{`+env+`}`)
		default:
			continue
		}
		j := closingLine(lines, code, i, close)
		if j < 0 {
			continue
		}
		lines[i] = openDisplay(lines[i], open)
		lines[j] = closeDisplay(lines[j], close, open != nil)
		changed, i = true, j
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// bareEnv returns the display environment that line t, trimmed, begins,
// or "".
func bareEnv(t []byte) string {
	for _, env := range displayEnvs {
		if bytes.HasPrefix(t, []byte(`\begin{`+env+`}`)) {
			return env
		}
	}
	return ""
}

// maxDisplayLines is how far down a display's closing line is looked for.
const maxDisplayLines = 200

// closingLine returns the index of the line from lines[from] on that holds
// close, within the paragraph and maxDisplayLines, or -1.
func closingLine(lines [][]byte, code []bool, from int, close []byte) int {
	for j := from; j < len(lines) && j < from+maxDisplayLines; j++ {
		if code[j] || j > from && len(bytes.TrimSpace(lines[j])) == 0 {
			return -1
		}
		if bytes.Contains(lines[j], close) {
			return j
		}
	}
	return -1
}

// openDisplay returns line with "$$" for its opening delimiter open, or
// before its text when open is nil (a bare environment).
func openDisplay(line, open []byte) []byte {
	k := bytes.Index(line, []byte(`\`))
	out := append([]byte{}, line[:k]...)
	out = append(out, "$$"...)
	if open != nil {
		return append(out, line[k+len(open):]...)
	}
	return append(out, line[k:]...)
}

// closeDisplay returns line with "$$" for the last closing delimiter "\]"
// (replace) or after the environment's end close.
func closeDisplay(line, close []byte, replace bool) []byte {
	k := bytes.LastIndex(line, close)
	out := append([]byte{}, line[:k]...)
	if !replace {
		out = append(out, close...)
	}
	out = append(out, "$$"...)
	return append(out, line[k+len(close):]...)
}
