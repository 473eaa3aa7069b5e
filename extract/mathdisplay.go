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
	// Only the ends next to the formula are read: a paragraph of thousands
	// of formulas searched its whole text for line breaks at each one.
	before := strings.TrimRight(s[:lo], " \t\r")
	after := strings.TrimLeft(s[hi:], " \t\r.,;:")
	return (before == "" || strings.HasSuffix(before, "$$") || endsLine(before)) &&
		(after == "" || strings.HasPrefix(after, "$$") || opensLine(after))
}

// endsLine reports whether s ends with a line break (see mathLineBreaks).
func endsLine(s string) bool {
	for _, b := range mathLineBreaks {
		if strings.HasSuffix(s, b) {
			return true
		}
	}
	return false
}

// opensLine reports whether s opens with a line break (see mathLineBreaks).
func opensLine(s string) bool {
	for _, b := range mathLineBreaks {
		if strings.HasPrefix(s, b) {
			return true
		}
	}
	return false
}

// mathLineBreaks are the HTML and the newline that end a line of a card
// side, for displayAlone.
var mathLineBreaks = []string{"<br>", "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "</ol>",
	"<td>", "</td>", "<th>", "</th>", "<div>", "</div>", "\n"}
