package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// stressedLead reports whether the bold word that opens paragraph n, run
// into lower-case text with no separator (its split s), is a word the point
// stresses, as notes that bold words all through their points do, rather
// than a term it glosses: "**Packetizes** application layer data, **adds
// ID header**, and **sends** them …" stresses two words further on or
// more, and "**Smaller** header
// size than TCP" sits beside "No **connection establishment**", a point
// stressed inside, or "**Re-orders** out of order packets" under
// "**Recovers losses**", a point in bold whole with no points under it
// (beside no glossed item). "**Mitochondria**
// powerhouse of the cell" among glossed names stays a term, and so does
// "**Plasmid** a small ring of DNA" beside "Some bacteria form an
// **endospore**. The endospore …", an item of two sentences that bolds
// the word it introduces. Only the items
// next to n are read, so a long list costs no more per item.
func (p *parsed) stressedLead(n ast.Node, s split) bool {
	term := p.plain(n, s.termLo, s.termHi)
	if term == "" || strings.ContainsRune(term, ' ') || s.termHi > s.defLo || s.defLo > s.defHi || s.defHi > len(p.src) || n.Lines().Len() == 0 {
		return false
	}
	if start := n.Lines().At(0).Start; start > s.termLo || len(bytes.Trim(p.src[start:s.termLo], "*_ ")) > 0 {
		return false // "Het **cytoskelet** bestaat uit …": a term after its article
	}
	def := p.src[s.defLo:s.defHi]
	if stressedRun(def) && len(bytes.Trim(p.src[s.termHi:s.defLo], "*_ ")) == 0 {
		return true // "**Increased** **low-pressure** stretch receptor activity results in an **increase** …"
	}
	if r, _ := utf8.DecodeRune(def); !unicode.IsLower(r) || len(bytes.Trim(p.src[s.termHi:s.defLo], "*_ ")) > 0 {
		return false // "**Osmosis** is the movement of **water**" defines after its verb
	}
	if bytes.Count(def, []byte("**")) >= 4 || bytes.Count(def, []byte("__")) >= 4 {
		return true // two more stressed: one more is a sentence's, "**WEP** uses **RC4**"
	}
	item, ok := n.Parent().(*ast.ListItem)
	if !ok || n != item.FirstChild() {
		return false
	}
	whole, glossed := 0, 0
	for _, sib := range []ast.Node{item.PreviousSibling(), item.NextSibling()} {
		if sib == nil {
			continue
		}
		para := sib.FirstChild()
		if para == nil || para.Lines().Len() == 0 {
			glossed++
			continue
		}
		first := segValue(para.Lines().At(0), p.src)
		switch stressedPoint(first) {
		case stressedInside:
			if s, _ := nextSentenceBreak(string(first), 0); s < 0 {
				return true
			}
			// "Some bacteria form an **endospore**. The endospore …": prose
			// that bolds the word it introduces, no point stressing words.
			glossed++
			continue
		case boldWhole:
			if para.NextSibling() == nil {
				whole++
				continue
			}
		}
		glossed++
	}
	return whole > 0 && glossed == 0
}

// How the first line of a list item sets words in bold (see stressedPoint).
const (
	boldElse       = iota // no bold, or a term it opens with or names after an article
	stressedInside        // "No **connection establishment**"
	boldWhole             // "**Recovers losses**"
)

// stressedPoint tells how line, the first of a list item, sets words in
// bold: inside its text, "No **connection establishment**", or whole,
// "**Recovers losses**", or else, as a term opening it, "**Ribosome** site
// of protein synthesis", or one after an article, "The **nucleus** holds
// the DNA".
func stressedPoint(line []byte) int {
	line = bytes.TrimSpace(line)
	k := bytes.Index(line, []byte("**"))
	if k < 0 {
		return boldElse
	}
	if k > 0 {
		before := string(bytes.TrimSpace(line[:k]))
		if before != "" && !lookupLower(articles, before) && !lookupLower(articlesAbroad, before) {
			return stressedInside
		}
		return boldElse
	}
	if end := bytes.Index(line[2:], []byte("**")); end > 0 && end+4 == len(line) && !bytes.ContainsAny(line[2:2+end], "*:") {
		return boldWhole
	}
	return boldElse
}

// stressedRun reports whether def, the text after a bold word that opens a
// line, opens with a second bold word in lower case and stresses one more
// further on: "**Increased** **low-pressure** stretch receptor activity
// results in an **increase** …" stresses words all through a sentence, and
// names no term "Increased". "**Mitochondria** **powerhouse** of the cell"
// stresses no more, and stays a term and its gloss.
func stressedRun(def []byte) bool {
	inner := bytes.TrimLeft(def, "*_")
	if len(inner) == len(def) || len(def)-len(inner) != 2 {
		return false
	}
	r, _ := utf8.DecodeRune(inner)
	return unicode.IsLower(r) && bytes.Count(def, def[:2]) >= 4
}
