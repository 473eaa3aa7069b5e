package extract

import "strings"

// displayAlone reports whether the formula $$…$$ at s[lo:hi], HTML, is a
// display: alone on its line, or opening and closing on lines of its own
// ("$$<br>\int_0^1 f<br>$$"), with no more than a full stop after it or
// other displays beside it ("$$2001:db8::1$$$$2001:db8:0:0::1$$"). A
// formula of several lines, or of an environment only LaTeX's display
// mode has (align, gather, equation), is a display wherever it starts.
// Logseq writes every formula with "$$", in the running text too: "If
// $$Q, K, V$$ all come from the same sequence" and "$$\sqrt{d_k}$$ is the
// scaling factor" are inline.
func displayAlone(s string, lo, hi int) bool {
	if f := s[lo:hi]; strings.Contains(f, "<br>") || strings.Contains(f, "\n") || strings.Contains(f, `\begin{align`) ||
		strings.Contains(f, `\begin{gather`) || strings.Contains(f, `\begin{equation`) {
		return true // "such that $$\begin{align*}<br>P(…) …$$": lines of their own
	}
	before := s[:lo]
	if k := lastLineBreak(before); k >= 0 {
		before = before[k:]
	}
	after := s[hi:]
	if k := firstLineBreak(after); k >= 0 {
		after = after[:k]
	}
	before, after = strings.TrimSpace(before), strings.Trim(after, " \t.,;:")
	return (before == "" || strings.HasSuffix(before, "$$")) && (after == "" || strings.HasPrefix(after, "$$"))
}

// mathLineBreaks are the HTML and the newline that end a line of a card
// side, for displayAlone.
var mathLineBreaks = []string{"<br>", "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "</ol>",
	"<td>", "</td>", "<th>", "</th>", "<div>", "</div>", "\n"}

// lastLineBreak returns the offset just after the last line break of s, or -1.
func lastLineBreak(s string) int {
	at := -1
	for _, b := range mathLineBreaks {
		if i := strings.LastIndex(s, b); i >= 0 && i+len(b) > at {
			at = i + len(b)
		}
	}
	return at
}

// firstLineBreak returns the offset of the first line break of s, or -1.
func firstLineBreak(s string) int {
	at := -1
	for _, b := range mathLineBreaks {
		if i := strings.Index(s, b); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}
