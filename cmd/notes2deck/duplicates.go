package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// duplicateWarnings warns once for each pair of notes files of decks, one
// package's, that give the same card: the same front and back under the same
// headings in decks of one name ("- S3: object storage" under "# AWS" in
// a/x.md and in b/x.md). Anki shows the two as one card twice, and a student
// who edits one of them never learns of the other. The warning is at the
// later card, names the earlier one's file and line, and counts the other
// cards the two files share. A conflict copy and its note are not warned of
// again: conflictCopies already said so of the copy.
func duplicateWarnings(decks []extract.Deck) []extract.Warning {
	type pair struct{ first, later string }
	first := map[string]extract.Pos{} // the first card of each key and back
	shared := map[pair]int{}          // the cards each pair of files shares
	var pairs []pair                  // in the order first seen, for determinism
	var out []extract.Warning
	for _, d := range decks {
		for _, c := range d.Cards {
			key := c.Kind.String() + "\x1f" + exporters.NoteKey(d.Name, c) + "\x1f" + c.Back
			p, dup := first[key]
			if !dup {
				first[key] = c.Pos
				continue
			}
			k := pair{p.File, c.Pos.File}
			if copyOf(k.first, k.later) || copyOf(k.later, k.first) {
				continue
			}
			if shared[k]++; shared[k] == 1 {
				pairs = append(pairs, k)
				out = append(out, extract.Warning{Pos: c.Pos, Msg: fmt.Sprintf("card %s repeats %s, the same front and back in deck %q",
					quote(plainText(c.Front)), place(p), exporters.DeckName(d.Name))})
			}
		}
	}
	for i, k := range pairs {
		if n := shared[k] - 1; n > 0 {
			out[i].Msg += fmt.Sprintf(" (and %s of %s)", plural(n, "more card"), fileName(k.first))
		}
	}
	return out
}

// copyOf reports whether notes file b is a conflict copy of a in a's folder
// ("bio (1).md" of "bio.md"), as conflictCopies tells them.
func copyOf(a, b string) bool {
	if filepath.Dir(a) != filepath.Dir(b) || filepath.Ext(a) != filepath.Ext(b) {
		return false
	}
	ext := filepath.Ext(b)
	stem, ok := extract.CopiedName(strings.TrimSuffix(filepath.Base(b), ext))
	return ok && stem+ext == filepath.Base(a)
}
