package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/exporters/pdf"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/urfave/cli/v2"
)

// maxAnswerWords is the longest answer check accepts as recallable.
const maxAnswerWords = 60

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "lint notes: lines that made no card, duplicates, empty sides, long answers, broken clozes",
		ArgsUsage: "[PATH...]",
		Description: "Every finding starts with file:line. Warnings are problems in the cards;\n" +
			"info lines (lines that made no card, $ inside code) are for reading only.\n" +
			"Each note ends with a summary of how much of it became cards. With --strict,\n" +
			"check exits 3 when it finds a warning.\n\n" +
			"Examples:\n   notes2deck check notes\n   notes2deck check --strict notes/aws.md",
		Flags: append([]cli.Flag{
			&cli.BoolFlag{Name: "strict", Usage: "exit 3 when there are warnings"},
			&cli.StringFlag{Name: "deck", Usage: "nest every note's deck under `NAME`::"},
			&cli.BoolFlag{Name: "reverse", Usage: "also ask definitions backwards"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print only warnings and errors"},
		}, limitFlags()...),
		Action: checkAction,
	}
}

// The levels of a finding.
const (
	levelError   = "error"   // the note cannot be built
	levelWarning = "warning" // a card is likely wrong; fails --strict
	levelInfo    = "info"    // worth a look; never fails
)

// A finding is one thing check reports, at a place in a note.
type finding struct {
	pos   extract.Pos
	level string
	msg   string
}

// A checkedNote is one note with its findings.
type checkedNote struct {
	file     string
	deck     extract.Deck
	ok       bool // it parsed
	findings []finding
}

func checkAction(c *cli.Context) error {
	paths := c.Args().Slice()
	if _, _, err := applyConfigFile(c, paths); err != nil {
		return err
	}
	targets, err := collectTargets(paths, "")
	if err != nil {
		return err
	}
	if err := stdoutIsANote(c.App.Writer, targets); err != nil {
		return err
	}
	opt, err := extractOptions(c)
	if err != nil {
		return err
	}
	var notes []*checkedNote
	for _, t := range targets {
		for _, w := range t.skipped {
			notes = append(notes, &checkedNote{file: w.Pos.File, findings: []finding{{w.Pos, levelWarning, w.Msg}}})
		}
		ns, err := checkTarget(t, opt, c.App.Reader)
		if err != nil {
			return err
		}
		notes = append(notes, ns...)
	}
	findDuplicates(notes)

	w := c.App.Writer
	color := isTerminal(w) && colorAllowed()
	quiet := c.Bool("quiet")
	var errs, warns int
	for _, n := range notes {
		sort.SliceStable(n.findings, func(i, j int) bool { return n.findings[i].pos.Line < n.findings[j].pos.Line })
		count := 0
		for _, f := range n.findings {
			switch f.level {
			case levelError:
				errs++
				count++
			case levelWarning:
				warns++
				count++
			case levelInfo:
				if quiet {
					continue
				}
			}
			fmt.Fprintf(w, "%s: %s%s\n", printable(place(f.pos)), levelLabel(color, f.level), printable(f.msg))
		}
		if n.ok && !quiet {
			fmt.Fprintf(w, "%s: %s\n", printable(fileName(n.file)), coverageSummary(n.deck.Coverage, count))
		}
	}
	switch {
	case errs > 0:
		return fmt.Errorf("%s cannot be built (see the errors above)", plural(errs, "note"))
	case warns > 0 && c.Bool("strict"):
		return findingsError{warns}
	}
	return nil
}

// levelLabel formats a finding's level, coloured on a terminal.
func levelLabel(color bool, level string) string {
	switch level {
	case levelError:
		return paint(color, red, "error: ")
	case levelWarning:
		return paint(color, yellow, "warning: ")
	}
	return "info: "
}

// coverageSummary says how much of a note became cards: "120 content lines,
// 97% covered, 3 findings". The share is rounded down, so 100% means every line.
func coverageSummary(cov extract.Coverage, findings int) string {
	if cov.Lines == 0 {
		return "no content lines, " + plural(findings, "finding")
	}
	covered := (cov.Lines - len(cov.Uncovered)) * 100 / cov.Lines
	return fmt.Sprintf("%s, %d%% covered, %s", plural(cov.Lines, "content line"), covered, plural(findings, "finding"))
}

// checkTarget extracts each note of t on its own, so one broken note does not
// hide the findings of the others.
func checkTarget(t target, opt extract.Options, stdin io.Reader) ([]*checkedNote, error) {
	opt.Root = t.root
	type source struct {
		file  string
		src   []byte
		stdin bool  // read from standard input, so its name titles no card
		err   error // why the note was refused unread, as Parse would refuse it
	}
	var sources []source
	if t.stdin {
		src, err := readStdin(stdin, opt.MaxBytes)
		var xe *extract.Error
		if err != nil && !errors.As(err, &xe) {
			return nil, err
		}
		sources = append(sources, source{stdinName, src, true, err})
	}
	for _, f := range t.files {
		src, err := readNoteFile(f, opt.MaxBytes)
		var xe *extract.Error
		if err != nil && !errors.As(err, &xe) {
			return nil, readFailure(f, err)
		}
		sources = append(sources, source{f, src, false, err})
	}
	var notes []*checkedNote
	for _, s := range sources {
		n := &checkedNote{file: s.file}
		o := t.options(s.file, opt)
		o.Unnamed = s.stdin
		var d extract.Deck
		err := s.err
		if err == nil {
			d, err = extract.Parse(s.file, s.src, o)
		}
		var xe *extract.Error
		switch {
		case errors.As(err, &xe):
			n.findings = append(n.findings, finding{xe.Pos, levelError, errorText(xe)})
		case err != nil:
			return nil, err
		default:
			deckNameWarning(&d)
			n.ok, n.deck = true, d
			n.findings = lintDeck(d, strings.Split(string(s.src), "\n"))
			// The cheat sheet's options, which build refuses as it
			// writes the sheet.
			if err := (pdf.Exporter{}).CheckDeck(d); errors.As(err, &xe) {
				n.findings = append(n.findings, finding{xe.Pos, levelError, errorText(xe)})
			} else if err != nil {
				return nil, err
			}
		}
		notes = append(notes, n)
	}
	return notes, nil
}

// errorText is xe's message without its place, which check prints before
// it: a file's error (a note too large), which names no line, is printed
// "huge.md: error: note too large …", not with the file named twice.
func errorText(xe *extract.Error) string {
	if xe.Err != nil {
		return xe.Msg + ": " + xe.Err.Error()
	}
	return xe.Msg
}

var (
	clozeOpenRE = regexp.MustCompile(`\{\{c\d+::`)
	clozeTokRE  = regexp.MustCompile(`\{\{c\d+::|\}\}`)
	codeRE      = regexp.MustCompile(`(?is)<code[^>]*>(.*?)</code>`)
	imgRE       = regexp.MustCompile(`(?i)<img\b`)
	preRE       = regexp.MustCompile(`(?is)<pre\b.*?</pre>`)
	blockRE     = regexp.MustCompile(`(?i)<(?:/?(?:li|p|ul|ol|dl|dt|dd|tr|td|th|table|div|blockquote|details|summary|h[1-6])|br\s*/?)\b[^>]*>`)
)

// lintDeck returns the findings of one note that need no other note.
// lines is the note's source, for quoting the lines that made no card.
func lintDeck(d extract.Deck, lines []string) []finding {
	var out []finding
	for _, w := range d.Warnings {
		out = append(out, finding{w.Pos, levelWarning, w.Msg})
	}
	for _, p := range d.Coverage.Uncovered {
		msg := "made no card"
		if p.Line >= 1 && p.Line <= len(lines) {
			msg += ": " + quote(lines[p.Line-1])
		}
		out = append(out, finding{p, levelInfo, msg})
	}
	for _, c := range d.Cards {
		front, back := plainText(c.Front), plainText(c.Back)
		if front == "" && !imgRE.MatchString(c.Front) {
			out = append(out, finding{c.Pos, levelWarning, "empty front"})
		}
		if c.Kind != extract.Cloze && back == "" && !imgRE.MatchString(c.Back) {
			out = append(out, finding{c.Pos, levelWarning, "empty back: " + quote(front)})
		}
		if n := longestBlock(c.Back); c.Kind != extract.Cloze && n > maxAnswerWords {
			out = append(out, finding{c.Pos, levelWarning, fmt.Sprintf("answer of %d words is too long to recall (over %d): split it", n, maxAnswerWords)})
		}
		for _, side := range []string{c.Front, c.Back} {
			if !balancedClozes(side) {
				out = append(out, finding{c.Pos, levelWarning, `unbalanced cloze: "{{c1::" needs a closing "}}"`})
				break
			}
		}
		for _, side := range []string{c.Front, c.Back} {
			if hasDollarInCode(side) {
				out = append(out, finding{c.Pos, levelInfo, "$ inside code stays as typed (math is only read outside code)"})
				break
			}
		}
	}
	return out
}

// balancedClozes reports whether every "{{cN::" in s has its "}}".
func balancedClozes(s string) bool {
	if !clozeOpenRE.MatchString(s) {
		return true
	}
	depth := 0
	for _, tok := range clozeTokRE.FindAllString(s, -1) {
		switch {
		case tok != "}}":
			depth++
		case depth > 0:
			depth--
		}
	}
	return depth == 0
}

// hasDollarInCode reports whether a code element of HTML s holds a $.
func hasDollarInCode(s string) bool {
	for _, m := range codeRE.FindAllStringSubmatch(s, -1) {
		if strings.Contains(m[1], "$") {
			return true
		}
	}
	return false
}

// findDuplicates adds a warning for each card whose deck, heading path and
// front repeat an earlier card's, across all notes: such cards look the same
// in Anki and share their identity on re-import.
func findDuplicates(notes []*checkedNote) {
	first := map[string]extract.Pos{}
	for _, n := range notes {
		for _, c := range n.deck.Cards {
			if !n.ok {
				continue
			}
			key := exporters.NoteKey(n.deck.Name, c)
			if p, dup := first[key]; dup {
				n.findings = append(n.findings, finding{c.Pos, levelWarning,
					fmt.Sprintf("duplicate front %s in deck %q (first at %s)", quote(plainText(c.Front)), exporters.DeckName(n.deck.Name), p)})
				continue
			}
			first[key] = c.Pos
		}
	}
}

// longestBlock counts the words of the longest paragraph, list item or cell of
// the HTML answer back: a list of short items is recalled item by item, so
// only one long stretch of prose is too long. Code blocks are not counted.
func longestBlock(back string) int {
	n := 0
	for _, part := range blockRE.Split(preRE.ReplaceAllString(back, " "), -1) {
		n = max(n, len(strings.Fields(plainText(part))))
	}
	return n
}

// quote shows a line of text in a finding, shortened to about 60 characters.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "…"
	}
	return fmt.Sprintf("%q", s)
}
