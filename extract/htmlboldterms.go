package extract

import "bytes"

// htmlBoldTerms rewrites the bold a line opens with, typed as inline HTML
// as exports from web pages and rich-text editors write it
// ("<strong>Alleles</strong> are versions of a gene", "- <b>Locus</b>: the
// position of a gene"), as Markdown's "**Alleles**", which every card rule
// reads: the HTML made no card, the stars do, and both render as the same
// bold. Only the bold that opens a line, a list item or a quote's line is
// rewritten, where a term is defined; bold inside a sentence stays as
// typed. A line inside an HTML block (after a line that opens with a tag,
// up to a blank line) is left as it is, since Markdown is not read there;
// so is a line with code, a bold phrase holding a tag or a star, or
// opening or ending with a space, and the lines inside code fences.
func htmlBoldTerms(src []byte) []byte {
	if !containsText(src, "<strong>") && !containsText(src, "<b>") {
		return src // most notes: spare the walk
	}
	inHTML := false
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		t := bytes.TrimLeft(line, " \t")
		if len(bytes.TrimSpace(t)) == 0 {
			inHTML = false
			return nil, false
		}
		if inHTML {
			return nil, false
		}
		if len(t) > 1 && t[0] == '<' && !bytes.HasPrefix(t, []byte("<strong>")) && !bytes.HasPrefix(t, []byte("<b>")) {
			inHTML = true // "<div>", "<table>", "<details>": an HTML block up to a blank line
			return nil, false
		}
		for len(t) > 0 && t[0] == '>' {
			t = bytes.TrimLeft(t[1:], " \t")
		}
		t = t[listMarkerLen(t):]
		closeTag := ""
		switch {
		case bytes.HasPrefix(t, []byte("<strong>")):
			closeTag = "</strong>"
		case bytes.HasPrefix(t, []byte("<b>")):
			closeTag = "</b>"
		default:
			return nil, false
		}
		at := len(line) - len(t)
		inner := t[len(closeTag)-1:] // past the opening tag
		j := bytes.Index(inner, []byte(closeTag))
		if j <= 0 || bytes.ContainsAny(inner[:j], "<>*") || inner[0] == ' ' || inner[j-1] == ' ' || bytes.IndexByte(line, '`') >= 0 {
			return nil, false
		}
		out := make([]byte, 0, len(line))
		out = append(out, line[:at]...)
		out = append(out, "**"...)
		out = append(out, inner[:j]...)
		out = append(out, "**"...)
		return append(out, inner[j+len(closeTag):]...), true
	})
}
