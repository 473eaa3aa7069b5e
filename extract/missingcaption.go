package extract

import (
	"bytes"
	"html"
	"strings"
)

// missingCaption reports whether back, the answer of a card asked at file
// line line, is only the caption of a picture whose file is missing, typed
// on the first line after it that is not blank: "Diagram:" over
// "![cell](cell.png)" with no cell.png asked "Diagram" for "cell". The
// picture was the answer; its missing file is warned of, and its caption
// alone answers nothing. A caption beside its term, "- Cell: ![the
// cell](x.png)", still answers, as does a card whose answer happens to be
// a caption further down.
func (p *parsed) missingCaption(back string, line int) bool {
	if len(p.images) == 0 {
		return false // no picture: the quick test
	}
	t := strings.TrimSpace(back)
	t = strings.TrimSuffix(strings.TrimPrefix(t, "<p>"), "</p>")
	i := line - 1 - p.lineShift
	if t == "" || strings.ContainsAny(t, "<\n") || i < 0 || i >= len(p.lineStart) {
		return false
	}
	if bytes.Contains(p.lineText(i), []byte("![")) {
		return false // the card's own line holds its picture
	}
	alt := html.UnescapeString(t)
	for j := i + 1; j < len(p.lineStart); j++ {
		if l := p.lineText(j); len(bytes.TrimSpace(l)) > 0 {
			return p.captionsMissing(l, alt)
		}
	}
	return false
}

// lineText returns the text of line i (0-based) of the note's body,
// without its line end.
func (p *parsed) lineText(i int) []byte {
	end := len(p.src)
	if i+1 < len(p.lineStart) {
		end = p.lineStart[i+1]
	}
	return bytes.TrimRight(p.src[p.lineStart[i]:end], "\r\n")
}

// captionsMissing reports whether line holds a Markdown picture captioned
// alt whose file is missing.
func (p *parsed) captionsMissing(line []byte, alt string) bool {
	for {
		k := bytes.Index(line, []byte("!["))
		if k < 0 {
			return false
		}
		line = line[k+2:]
		a, rest, ok := bytes.Cut(line, []byte("]("))
		if !ok {
			return false
		}
		dest, _, ok := bytes.Cut(rest, []byte(")"))
		if !ok {
			return false
		}
		if name, known := p.images[string(bytes.TrimSpace(dest))]; known && name == "" && strings.TrimSpace(string(a)) == alt {
			return true
		}
	}
}
