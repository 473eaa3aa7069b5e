package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// relationField reports whether key and value, the sides of a "::", are a
// Dataview field that relates the note to another one, as a vault's notes
// end with where they come from and where they go:
//
//	builds-on:: [[covariance]] — the covariance matrix is the machine
//	feeds:: [[pca]] — rank directions by λ, keep the top
//	video:: [3B1B — Eigenvectors](https://www.youtube.com/watch?v=PFDu9oVAE-g)
//
// The key is Dataview's: one word in lower case, letters, digits, "-" or
// "_" ("feeds", "builds-on", "twin-page"). The value opens with a link,
// Obsidian's or Markdown's, then says no more than other links or a gloss
// set off by a dash or a bracket. The note's map asks nothing: "feeds" →
// "pca — rank directions by λ" names no question. "osmosis:: [[diffusion]]
// of water" reads on after its link and stays a card, as "Osmosis::
// [[Diffusion]]" with a capital does.
//
// A key that names a relation (see relationName), "used-by:: kidneys",
// "related:: photosynthesis", relates the note whatever its value says,
// linked or not: "used-by" → "kidneys" asks nothing either.
func relationField(key, value string) bool {
	v := strings.TrimSpace(value)
	if len(v) == 0 {
		return false
	}
	if v[0] != '[' {
		return relationName(strings.TrimSpace(key)) // no link: only a key that names a relation relates
	}
	if !relationKey(strings.TrimSpace(key)) {
		return false
	}
	links := 0
	for len(v) > 0 && v[0] == '[' {
		n := linkLen(v)
		if n == 0 {
			break
		}
		links++
		v = strings.TrimLeft(v[n:], " \t,;·•|")
	}
	if links == 0 {
		return false
	}
	return v == "" || v[0] == '(' || strings.HasPrefix(v, "— ") || strings.HasPrefix(v, "– ") || strings.HasPrefix(v, "- ")
}

// relationKey reports whether key is a Dataview key as vaults name their
// fields (see dataviewKey): "feeds", "builds-on", "twin-page", and so
// "belongsTo" and "owl:class".
func relationKey(key string) bool {
	return dataviewKey(key) != ""
}

// dataviewKey returns key as a Dataview key in lower case, "" when it is
// none. A key is one word of lower-case ASCII letters, digits, "-" and "_"
// that opens with a letter, "feeds", "builds-on", "twin-page"; or such a
// word written in camelCase, as ontologies and Logseq graphs name
// relations, its words joined by "-": "belongsToDomain" is
// "belongs-to-domain", "isA" "is-a"; or either after the prefix of a
// vocabulary, "owl:class", "rdfs:subClassOf" ("rdfs:sub-class-of"). A
// name with a capital run or a lone first letter, "mRNA", "pH", "eGFR",
// is a term, no key.
func dataviewKey(key string) string {
	if prefix, local, ok := strings.Cut(key, ":"); ok {
		if !lowerKey(prefix) || strings.ContainsAny(prefix, "-_") {
			return ""
		}
		if local = dataviewKey(local); local == "" || strings.Contains(local, ":") {
			return ""
		}
		return prefix + ":" + local
	}
	if lowerKey(key) {
		return key
	}
	return camelWords(key)
}

// lowerKey reports whether key is one word of lower-case ASCII letters,
// digits, "-" and "_" that opens with a letter, "builds-on".
func lowerKey(key string) bool {
	if len(key) == 0 || key[0] < 'a' || key[0] > 'z' {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// camelWords returns key, a word in camelCase, in lower case with its
// words joined by "-": "belongsToDomain" → "belongs-to-domain",
// "subClassOf" → "sub-class-of", "isA" → "is-a". Its first word is two
// lower-case letters at least, and each capital opens a word in lower
// case but the last; "" for any other key ("mRNA", "nodeJS", "Osmosis").
func camelWords(key string) string {
	first := 0
	for first < len(key) && key[first] >= 'a' && key[first] <= 'z' {
		first++
	}
	if first < 2 || first == len(key) {
		return ""
	}
	var b strings.Builder
	b.Grow(len(key) + 4)
	b.WriteString(key[:first])
	for i := first; i < len(key); i++ {
		c := key[i]
		switch {
		case c >= 'A' && c <= 'Z':
			if i+1 < len(key) && !(key[i+1] >= 'a' && key[i+1] <= 'z') {
				return "" // "nodeJS": a capital run
			}
			b.WriteByte('-')
			b.WriteByte(c + 'a' - 'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteByte(c)
		default:
			return ""
		}
	}
	return b.String()
}

// relationWords are the one-word keys vaults relate a note to others
// with, "related:: photosynthesis", "requires:: ATP".
var relationWords = map[string]bool{
	"related": true, "feeds": true, "uses": true, "requires": true, "supports": true, "enables": true,
	"extends": true, "implements": true, "supersedes": true, "parent": true, "child": true, "children": true,
	"sibling": true, "siblings": true, "prerequisite": true, "prerequisites": true, "see-also": true,
}

// relationTails are the last words of the hyphenated keys that relate a
// note to another, "used-by", "part-of", "builds-on", "contrasts-with",
// "leads-to", "derived-from": a key ending so names a relation, where
// "half-life" and "x-ray" name things.
var relationTails = map[string]bool{
	"by": true, "of": true, "on": true, "with": true, "to": true, "from": true, "for": true, "into": true,
}

// relationName reports whether key, a Dataview key (see relationKey),
// names a relation of the note to another one rather than a term: one of
// relationWords, or words joined by "-" or "_" whose last is one of
// relationTails, "used-by", "is_part_of", "partOf", or whose first is
// one of relationHeads, "is-a", "belongsToDomain"; or any key after a
// vocabulary's prefix, "owl:class", "rdfs:subClassOf", as an ontology
// relates its classes.
func relationName(key string) bool {
	if key = dataviewKey(key); key == "" {
		return false
	}
	if strings.Contains(key, ":") {
		return true // "owl:class", "rdfs:sub-class-of": a vocabulary's relation
	}
	if relationWords[key] {
		return true
	}
	if h := strings.IndexAny(key, "-_"); h > 0 && relationHeads[key[:h]] {
		return true // "is-a", "has-part", "belongsToDomain"
	}
	k := strings.LastIndexAny(key, "-_")
	return k > 0 && relationTails[key[k+1:]]
}

// relationHeads are the verbs that open a key of words naming a relation,
// as ontologies and Logseq graphs state one: "is-a", "has-part",
// "belongs-to-domain" ("isA", "hasPart", "belongsToDomain"). A term is a
// noun: "half-life", "x-ray".
var relationHeads = map[string]bool{"is": true, "has": true, "belongs": true}

// linkLen returns the length of the link that opens s, an Obsidian link
// "[[pca]]" or a Markdown one "[StatQuest](https://…)", 0 if s opens with
// none.
func linkLen(s string) int {
	if strings.HasPrefix(s, "[[") {
		if k := strings.Index(s, "]]"); k > 2 {
			return k + 2
		}
		return 0
	}
	k := strings.Index(s, "](")
	if k < 1 || strings.IndexByte(s[1:k], '[') >= 0 {
		return 0
	}
	e := strings.IndexByte(s[k+2:], ')')
	if e < 0 {
		return 0
	}
	return k + 2 + e + 1
}

// relationFields reports whether block n is a block of Dataview fields
// that relate the note to others (see relationField), a paragraph's lines
// or a list's items of one line each:
//
//	## Connections
//	- feeds:: [[RM-ATOM-OS]]
//	- feeds:: [[RM-MUDA]]
//
// Each line is a field of a lower-case key, "used-by:: feature selection
// — near-zero-variance features are dead weight" too, and half of them at
// least are relationFields (a line alone is one). The block is the note's
// map: no line of it is a card, and it answers no heading.
func (p *parsed) relationFields(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Paragraph:
		segs := n.Lines()
		if segs.Len() == 0 || !bytes.Contains(segValue(segs.At(0), p.src), []byte(":: ")) {
			return false // the quick test: a field on the first line
		}
		relations := 0
		for _, r := range p.lines(n) {
			field, relation := relationLine(p.src[r[0]:r[1]])
			if !field {
				return false
			}
			if relation {
				relations++
			}
		}
		return 2*relations >= segs.Len()
	case *ast.List:
		relations := 0
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			par := item.FirstChild()
			if par == nil || par != item.LastChild() || par.Lines().Len() != 1 {
				return false
			}
			field, relation := relationLine(segValue(par.Lines().At(0), p.src))
			if !field {
				return false
			}
			if relation {
				relations++
			}
		}
		return 2*relations >= n.ChildCount()
	}
	return false
}

// relationLine reports whether line is a Dataview field of a lower-case
// key, "builds-on:: the mean", and whether it is a relationField.
func relationLine(line []byte) (field, relation bool) {
	line = bytes.TrimSpace(line)
	k := bytes.Index(line, []byte(":: "))
	if k < 1 || !relationKey(string(line[:k])) {
		return false, false
	}
	return true, relationField(string(line[:k]), string(line[k+2:]))
}
