// Package synth generates deterministic synthetic study notes for benchmarks.
//
// A vault is a set of Markdown notes shaped like the ones students write:
// headings, nested bullets, "Term: definition" bullets and paragraph lines,
// question bullets with nested answers, lead-ins followed by lists and
// numbered lists, with some inline markup (**bold**, `code`, links) and
// non-ASCII text. Each card-worthy item has a front of about 15 words and a
// back of about 40, and the Markdown averages about 440 bytes per item.
//
// The same Config always yields the same bytes. synth imports no package of
// this module, so any package's benchmarks can use it.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// DefaultSeed is the seed used when Config.Seed is zero.
const DefaultSeed = 7

// BytesPerCard is the target size of the Markdown per card-worthy item.
const BytesPerCard = 440

// Config describes a vault.
type Config struct {
	Cards int    // card-worthy items in the whole vault
	Files int    // notes files; 0 or 1 means one file
	Seed  uint64 // 0 means DefaultSeed
}

// A File is one generated note.
type File struct {
	Name string // slash-separated path inside the vault, e.g. "note-001.md"
	Data []byte
}

func (c Config) norm() Config {
	if c.Files < 1 {
		c.Files = 1
	}
	if c.Seed == 0 {
		c.Seed = DefaultSeed
	}
	if c.Cards < 0 {
		c.Cards = 0
	}
	return c
}

// FileName returns the name of file i (0-based) of a vault of n files.
func FileName(i, n int) string {
	if n <= 1 {
		return "vault.md"
	}
	w := len(fmt.Sprint(n - 1))
	return fmt.Sprintf("note-%0*d.md", w, i)
}

// CardsIn returns how many items file i of the vault holds: the cards are
// spread evenly, earlier files taking the remainder.
func (c Config) CardsIn(i int) int {
	c = c.norm()
	n := c.Cards / c.Files
	if i < c.Cards%c.Files {
		n++
	}
	return n
}

// Vault returns every file of the vault described by c, in name order.
func Vault(c Config) []File {
	c = c.norm()
	files := make([]File, c.Files)
	for i := range files {
		files[i] = File{Name: FileName(i, c.Files), Data: generate(c, i)}
	}
	return files
}

// Note returns the Markdown of a one-file vault of n items with the default seed.
func Note(n int) []byte {
	return Vault(Config{Cards: n, Files: 1})[0].Data
}

// generate returns file i of the vault described by the normalised config c.
func generate(c Config, i int) []byte {
	g := &gen{r: rand.New(rand.NewPCG(c.Seed, uint64(i)+1)), file: i}
	g.note(c.CardsIn(i), c.Files)
	return g.b
}

// gen builds one note in b.
type gen struct {
	r    *rand.Rand
	b    []byte
	file int
	item int // serial number of the item within the file, to keep fronts distinct
}

func (g *gen) note(items, files int) {
	g.b = make([]byte, 0, items*BytesPerCard+256)
	if g.file%4 == 1 {
		g.str("---\ntags: [synthetic, bench-")
		g.str(fmt.Sprint(g.file % 10))
		g.str("]\nsource: synth\n---\n\n")
	}
	g.str("# ")
	if files > 1 {
		g.str(fmt.Sprintf("Topic %d – ", g.file+1))
	}
	g.title(3)
	g.str("\n\n")
	g.str("Notes generated for benchmarks; every section mixes the shapes students write.\n\n")
	for done := 0; done < items; {
		// A section of 8–16 items, split into subsections of 3–6.
		g.str("## ")
		g.title(2 + g.r.IntN(3))
		g.str("\n\n")
		sec := min(8+g.r.IntN(9), items-done)
		for s := 0; s < sec; {
			if s > 0 || g.r.IntN(2) == 0 {
				g.str("### ")
				g.title(2 + g.r.IntN(2))
				g.str("\n\n")
			}
			sub := min(3+g.r.IntN(4), sec-s)
			g.items(sub)
			s += sub
		}
		done += sec
	}
}

// items writes n card-worthy items, grouping consecutive bullets into one list.
func (g *gen) items(n int) {
	inList := false
	for k := 0; k < n; k++ {
		g.item++
		shape := g.r.IntN(100)
		bullet := shape < 70
		if inList && !bullet {
			g.str("\n")
			inList = false
		}
		switch {
		case shape < 25: // question bullet with nested answers
			g.str("- ")
			g.question(13 + g.r.IntN(5))
			g.str("\n")
			g.children(40)
		case shape < 50: // Term: definition bullet
			g.str("- ")
			g.term()
			g.str(": ")
			g.sentences(42 + g.r.IntN(6))
			g.str("\n")
		case shape < 70: // parent bullet with nested children
			g.str("- ")
			g.sentence(13 + g.r.IntN(5))
			g.str("\n")
			g.children(40)
		case shape < 85: // Term: definition paragraph line
			g.term()
			g.str(": ")
			g.sentences(42 + g.r.IntN(6))
			g.str("\n\n")
		case shape < 93: // lead-in line followed by a list
			start := len(g.b)
			g.words(12+g.r.IntN(4), true)
			capitaliseAt(g.b, start)
			g.str(":\n\n")
			for j, m := 0, 3+g.r.IntN(2); j < m; j++ {
				g.str("- ")
				g.words(40/m+1, true)
				g.str("\n")
			}
			g.str("\n")
		default: // numbered list under a lead-in
			g.str("Steps to ")
			g.words(11+g.r.IntN(4), false)
			g.str(":\n\n")
			for j, m := 0, 3+g.r.IntN(2); j < m; j++ {
				g.str(fmt.Sprintf("%d. ", j+1))
				g.words(40/m+1, true)
				g.str("\n")
			}
			g.str("\n")
		}
		inList = bullet
	}
	if inList {
		g.str("\n")
	}
}

// children writes nested bullets totalling about n words.
func (g *gen) children(n int) {
	m := 2 + g.r.IntN(2)
	for j := 0; j < m; j++ {
		g.str("  - ")
		g.sentence(n/m + g.r.IntN(3))
		g.str("\n")
		if j == 0 && g.r.IntN(5) == 0 { // a third level now and then
			g.str("    - ")
			g.words(4+g.r.IntN(4), true)
			g.str("\n")
		}
	}
}

func (g *gen) str(s string) { g.b = append(g.b, s...) }

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// title writes a heading of n capitalised words.
func (g *gen) title(n int) {
	for j := 0; j < n; j++ {
		if j > 0 {
			g.str(" ")
		}
		w := g.pick(nouns)
		if j == 0 && g.r.IntN(2) == 0 {
			w = g.pick(adjectives)
		}
		g.str(capitalise(w))
	}
}

// term writes a 1–4 word term, sometimes in bold, made distinct by the item number.
func (g *gen) term() {
	bold := g.r.IntN(4) == 0
	if bold {
		g.str("**")
	}
	g.str(capitalise(g.pick(adjectives)))
	g.str(" ")
	g.str(g.pick(nouns))
	if g.r.IntN(2) == 0 {
		g.str(" ")
		g.str(g.pick(nouns))
	}
	g.str(fmt.Sprintf(" %s-%d", strings.ToUpper(g.pick(nouns)[:1]), g.item))
	if bold {
		g.str("**")
	}
}

// question writes a question of about n words, ending in "?".
func (g *gen) question(n int) {
	q := g.pick(questionOpeners)
	g.str(q)
	g.str(" the ")
	g.str(g.pick(nouns))
	g.str(fmt.Sprintf(" case %d ", g.item))
	g.words(n-len(strings.Fields(q))-3, false)
	g.str("?")
}

// sentence writes one capitalised sentence of about n words, ending in ".".
func (g *gen) sentence(n int) {
	start := len(g.b)
	g.words(n, true)
	capitaliseAt(g.b, start)
	g.str(".")
}

// sentences writes about n words as sentences of 8–20 words.
func (g *gen) sentences(n int) {
	for n > 0 {
		k := min(8+g.r.IntN(13), n)
		if n-k < 5 {
			k = n
		}
		g.sentence(k)
		n -= k
		if n > 0 {
			g.str(" ")
		}
	}
}

// words writes n words of prose; with markup, one word in five may carry inline
// markup and one in thirty may be a special character.
func (g *gen) words(n int, markup bool) {
	for j := 0; j < n; j++ {
		if j > 0 {
			g.str(" ")
		}
		var w string
		switch x := g.r.IntN(10); {
		case x < 4:
			w = g.pick(fillers)
		case x < 7:
			w = g.pick(nouns)
		case x < 9:
			w = g.pick(verbs)
		default:
			w = g.pick(adjectives)
		}
		if !markup {
			g.str(w)
			continue
		}
		switch x := g.r.IntN(60); {
		case x == 0:
			g.str("**")
			g.str(w)
			g.str("**")
		case x == 1:
			g.str("`")
			g.str(strings.ReplaceAll(w, " ", "_"))
			g.str("()`")
		case x == 2:
			g.str("[")
			g.str(w)
			g.str("](")
			g.str(g.pick(linkHosts))
			g.str("/")
			g.str(strings.ReplaceAll(w, " ", "_"))
			g.str(")")
		case x == 3:
			g.str("*")
			g.str(w)
			g.str("*")
		case x == 4:
			g.str(w)
			g.str(" ")
			g.str(g.pick(specials))
		default:
			g.str(w)
		}
	}
}

func capitalise(s string) string {
	b := []byte(s)
	capitaliseAt(b, 0)
	return string(b)
}

// capitaliseAt upper-cases the ASCII letter at b[i], if it is one.
func capitaliseAt(b []byte, i int) {
	if i < len(b) && b[i] >= 'a' && b[i] <= 'z' {
		b[i] -= 'a' - 'A'
	}
}
