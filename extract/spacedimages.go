package extract

import (
	"bytes"
	"net/url"
	"path"
	"strings"
)

// spacedImage is a Markdown image whose destination may hold raw spaces,
// "![alt](../assets/Pasted image 20240101.png)": the alt text holds no
// bracket, the destination no parenthesis, angle bracket or quote; a
// title in quotes may follow it, and spaces around it are allowed.
var spacedImage = lazyRegexp(`!\[[^\[\]\n]*\]\( *([^()<>"\n]+?) *(?:"[^"\n]*" *)?\)`)

// spacedImagePaths writes the raw spaces of an image's local path as %20,
// "![](Pasted image 20240101.png)" as "![](Pasted%20image%2020240101.png)".
// Obsidian, Typora and MkDocs show such an image; CommonMark reads no
// image there, so the card showed the markup and the picture was not
// packed. Only a path that ends in an image extension and names no URL
// is rewritten: a link "[a](b c)" and text in a code span, a code fence or
// an indented code block stay as they are.
func spacedImagePaths(src []byte) []byte {
	if !containsText(src, "](") || !containsText(src, "![") {
		return src // most notes: spare the walk
	}
	var code indentedCode
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		if code.next(line) {
			return nil, false // "    ![](my pic.png)" shows the markup as typed
		}
		return spaceImageLine(line)
	})
}

// An indentedCode follows a note line by line, outside its code fences,
// for the lines of its indented code blocks: a line indented four columns
// past the text of the list item it sits in, or past the margin, after a
// blank line or another such line. A line indented so under a line of
// text continues that text.
type indentedCode struct {
	item  int  // the column of the text of the last list item, 0 outside a list
	blank bool // the line before was blank, or the note's first
	code  bool // the line before was code
	begun bool // a line was read
}

// next reports whether line is a line of an indented code block.
func (c *indentedCode) next(line []byte) bool {
	col, rest := indentCols(line), bytes.TrimLeft(line, " \t")
	if len(bytes.TrimSpace(rest)) == 0 {
		c.blank, c.begun = true, true
		return false // a blank line inside a code block is the block's, and shows nothing
	}
	code := (c.blank || c.code || !c.begun) && col >= c.item+4
	if !code {
		if k := listMarkerLen(rest); k > 0 {
			c.item = col + k
		} else if c.blank && col < c.item {
			c.item = 0 // text at the margin after a blank line ends the list
		}
	}
	c.blank, c.code, c.begun = false, code, true
	return code
}

// spaceImageLine is spacedImagePaths for one line: it reports whether an
// image path outside the line's code spans was rewritten.
func spaceImageLine(line []byte) ([]byte, bool) {
	if !bytes.Contains(line, []byte("![")) || !bytes.Contains(line, []byte("](")) {
		return nil, false
	}
	ms := spacedImage().FindAllSubmatchIndex(line, -1)
	if ms == nil {
		return nil, false
	}
	spans := codeSpans(line)
	var out []byte
	at := 0
	for _, m := range ms {
		for len(spans) > 0 && spans[0][1] <= m[0] {
			spans = spans[1:] // matches come in order: a span ended before one ends before the rest
		}
		dest := string(line[m[2]:m[3]])
		if !spacedImagePath(dest) || len(spans) > 0 && spans[0][0] <= m[0] {
			continue
		}
		out = append(out, line[at:m[2]]...)
		out = append(out, escapeSpaces(dest)...)
		at = m[3]
	}
	if out == nil {
		return nil, false
	}
	return append(out, line[at:]...), true
}

// escapeSpaces writes dest's spaces as %20, and its percent signs as %25
// when they escape nothing ("100% done.png"), so that the path unescapes to
// the file's name as typed.
func escapeSpaces(dest string) string {
	if _, err := url.PathUnescape(dest); err != nil {
		dest = strings.ReplaceAll(dest, "%", "%25")
	}
	return strings.ReplaceAll(dest, " ", "%20")
}

// spacedImagePath reports whether dest, an image's destination, is a local
// path with a raw space that ends in an image extension.
func spacedImagePath(dest string) bool {
	return strings.Contains(dest, " ") && imageExts[strings.ToLower(path.Ext(dest))] && !isRemote(dest) && !hasScheme(dest)
}
