package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/urfave/cli/v2"
)

// limitFlags are the flags that bound what one note may cost: its size and
// how deeply it nests lists and block quotes.
func limitFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "max-note-size", Value: "64MiB", Usage: "refuse a note larger than `SIZE` (bytes, or with KiB, MiB, GiB, KB, MB, GB)"},
		&cli.IntFlag{Name: "max-depth", Value: extract.DefaultMaxDepth, Usage: "refuse lists and block quotes nested deeper than `N` levels"},
	}
}

// extractOptions returns the extraction options of a command that reads
// notes: its deck and reverse flags and its limits. A missing image is a
// warning, not an error: notes copied from elsewhere often name images that
// were not copied with them. The outline is skipped: only a build that
// prints the cheat sheet asks for it.
func extractOptions(c *cli.Context) (extract.Options, error) {
	opt := extract.Options{DeckPrefix: c.String("deck"), Reverse: c.Bool("reverse"), IgnoreMissingMedia: true, SkipOutline: true}
	if n := utf8.RuneCountInString(opt.DeckPrefix); n > extract.MaxDeckName {
		return opt, usageError{fmt.Sprintf("--deck of %d characters: too long for a deck name (limit %d): give the deck a short name", n, extract.MaxDeckName)}
	}
	if opt.DeckPrefix != "" {
		if why := badDeckName(opt.DeckPrefix); why != "" {
			return opt, usageError{fmt.Sprintf("--deck %s: the name %s", strconv.Quote(opt.DeckPrefix), why)}
		}
	}
	return opt, applyLimits(c, &opt)
}

// badDeckName says what is wrong with the deck name name, "" if nothing:
// Anki names an empty level ("A::::B", "A::") "blank" and drops control
// characters, so the deck would not be the one asked for.
func badDeckName(name string) string {
	if strings.ContainsFunc(name, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "holds a control character (a line break, a tab), which Anki drops"
	}
	for _, p := range strings.Split(name, "::") {
		if strings.TrimFunc(p, func(r rune) bool { return r == ':' || unicode.IsSpace(r) }) == "" {
			return "has an empty level, which Anki names \"blank\""
		}
	}
	return ""
}

// deckNameWarning adds to d's warnings one about its deck name, when Anki
// would not keep it as written (see badDeckName), at the line the name is
// written on: preview shows, and build writes, the name Anki keeps.
func deckNameWarning(d *extract.Deck) {
	if why := badDeckName(d.Name); why != "" {
		d.Warnings = append(d.Warnings, extract.Warning{Pos: extract.Pos{File: d.File, Line: d.NameLine}, Msg: fmt.Sprintf(
			"deck %s %s: it is written as %s", strconv.Quote(d.Name), why, strconv.Quote(exporters.DeckName(d.Name)))})
	}
}

// applyLimits copies the limit flags of c into opt.
func applyLimits(c *cli.Context, opt *extract.Options) error {
	n, err := parseSize(c.String("max-note-size"))
	if err != nil {
		return usageError{fmt.Sprintf("--max-note-size: %v", err)}
	}
	opt.MaxBytes = n
	d := c.Int("max-depth")
	if d < 1 {
		return usageError{fmt.Sprintf("--max-depth: %d is not a positive number of levels", d)}
	}
	opt.MaxDepth = d
	return nil
}

// sizeUnits are the suffixes parseSize accepts, longest first.
var sizeUnits = []struct {
	suffix string
	mult   int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1000}, {"mb", 1000 * 1000}, {"gb", 1000 * 1000 * 1000},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"b", 1},
}

// maxNoteLimit is the largest --max-note-size: no larger note is read.
const maxNoteLimit = math.MaxInt32

// parseSize reads a byte count such as "65536", "64MiB", "500 KB" or "1G".
func parseSize(s string) (int, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f <= 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Errorf("%q is not a size such as 64MiB", s)
	}
	n := f * float64(mult)
	if n < 1 || n > maxNoteLimit {
		return 0, fmt.Errorf("%q is out of range (1 byte up to 2047MiB)", s)
	}
	return int(n), nil
}
