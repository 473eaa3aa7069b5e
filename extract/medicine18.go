package extract

import (
	"bytes"
)

// mathArrows writes a formula that holds only an arrow, in a list item,
// as the arrow itself, one space either side: Obsidian's high-yield notes type their arrows in
// TeX, "- Lamivudine  $\rightarrow$ Safest NRTI", "- zu dem $\to$ zum",
// and read as "- Lamivudine → Safest NRTI", which asks Lamivudine. The
// formula must have words on both sides: "- Hematological resistance
// $\rightarrow$" with nothing after it is left as it is. Code is left as
// it is; src is returned when no line has such an arrow.
func mathArrows(src []byte) []byte {
	if !bytes.Contains(src, []byte(`$\`)) {
		return src
	}
	var out []byte // nil until a line is rewritten
	last := 0
	textLines(src, func(off int, line []byte) {
		at := len(line) - len(bytes.TrimLeft(line, " \t"))
		m := listMarkerLen(line[at:])
		if m == 0 {
			return
		}
		start := at + m
		dollars := 0 // the "$" signs of line[start:i], even outside a formula
		for i := start; i < len(line); {
			k := bytes.Index(line[i:], []byte(`$\`))
			if k < 0 {
				return
			}
			dollars += bytes.Count(line[i:i+k], []byte("$"))
			i += k
			n, glyph := mathArrow(line[i:])
			if n == 0 || dollars%2 == 1 || !mathArrowBetweenWords(line[start:i], line[i+n:]) {
				dollars++
				i++
				continue
			}
			from := start + len(bytes.TrimRight(line[start:i], " \t"))
			to := len(line) - len(bytes.TrimLeft(line[i+n:], " \t"))
			out = append(out, src[last:off+from]...)
			out = append(out, " "+glyph+" "...)
			last = off + to
			i = to
		}
	})
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// mathArrow returns the length of the formula that opens t when it holds
// only one of TeX's right arrows, spaces aside, and the arrow it draws;
// else 0.
func mathArrow(t []byte) (int, string) {
	end := bytes.IndexByte(t[1:], '$')
	if end < 0 {
		return 0, ""
	}
	inner := string(bytes.TrimSpace(t[1 : end+1]))
	for _, a := range mathArrowGlyphs {
		if inner == a.tex {
			return end + 2, a.glyph
		}
	}
	return 0, ""
}

// mathArrowGlyphs are TeX's right arrows and the arrows they draw, each
// one that a term and its definition may stand either side of.
var mathArrowGlyphs = []struct{ tex, glyph string }{
	{`\rightarrow`, "→"}, {`\to`, "→"}, {`\longrightarrow`, "⟶"},
	{`\Rightarrow`, "⇒"}, {`\implies`, "⇒"}, {`\Longrightarrow`, "⟹"},
}

// mathArrowBetweenWords reports whether a formula has text before it,
// after its list marker, and after it, on its line.
func mathArrowBetweenWords(before, after []byte) bool {
	return len(bytes.TrimSpace(before)) > 0 && len(bytes.TrimSpace(after)) > 0
}

// containerTitle returns the type and the title of a container that
// Docusaurus, VitePress and markdown-it write as a word and a title after
// its colons, when the title asks a question: ":::why WHY? — Why combine
// amoxicillin with clavulanic acid?", which a closing ":::" ends, is read
// as the Obsidian callout it means, its question answered by what the box
// holds. A title that asks nothing labels a passage to read (":::tip
// Eins" over a dialogue, ":::info Key notes"), and its fences stay
// markup that shows nothing.
func containerTitle(attrs []byte) (kind, title []byte, ok bool) {
	name, rest, _ := bytes.Cut(attrs, []byte(" "))
	rest = bytes.TrimSpace(rest)
	if !bytes.HasSuffix(rest, []byte("?")) || len(name) > maxContainerName || !isWord(name) {
		return nil, nil, false
	}
	return bytes.ToLower(name), rest, true
}

// maxContainerName is the longest type a container's word names:
// "highyield", "important".
const maxContainerName = 16

// clozesAlone reports whether src holds nothing but braced words: a line
// "{{figure:penicillin-moa}}" is a site's placeholder for a picture, and a
// cloze with no words around it would ask nothing.
func clozesAlone(src []byte) bool {
	return !hasWordChar(bareCloze.ReplaceAllString(string(src), ""))
}
