package main

import (
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/urfave/cli/v2"
)

func previewCommand() *cli.Command {
	return &cli.Command{
		Name:      "preview",
		Usage:     "list the cards the notes make, without writing anything",
		ArgsUsage: "[PATH...]",
		Description: "Cards are grouped by deck and heading, each with the file:line it comes from.\n" +
			"--json prints one JSON array instead, an object per card, with the GUIDs the\n" +
			"CSV and the deck use.\n\n" +
			"Examples:\n   notes2deck preview notes/aws.md\n   notes2deck preview --json notes",
		Flags: append([]cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the cards as a JSON array"},
			&cli.StringFlag{Name: "deck", Usage: "nest every note's deck under `NAME`::"},
			&cli.BoolFlag{Name: "reverse", Usage: "also ask definitions backwards"},
		}, append(outputFlags(), limitFlags()...)...),
		Action: previewAction,
	}
}

// readNotes applies notes2deck.yaml to the command's flags and extracts every
// note of the PATH arguments of c.
func readNotes(c *cli.Context) (*ui, []extract.Deck, error) {
	paths := c.Args().Slice()
	if _, _, err := applyConfigFile(c, paths); err != nil {
		return nil, nil, err
	}
	u, err := newUI(c)
	if err != nil {
		return nil, nil, err
	}
	targets, err := collectTargets(paths, "")
	if err != nil {
		return nil, nil, err
	}
	if err := stdoutIsANote(c.App.Writer, targets); err != nil {
		return nil, nil, err
	}
	opt, err := extractOptions(c)
	if err != nil {
		return nil, nil, err
	}
	var decks []extract.Deck
	for _, t := range targets {
		for _, w := range t.skipped {
			u.warn(w)
		}
		ds, err := parseTarget(t, opt, c.App.Reader, func() {})
		if err != nil {
			return nil, nil, err
		}
		decks = append(decks, ds...)
	}
	return u, decks, nil
}

func previewAction(c *cli.Context) error {
	u, decks, err := readNotes(c)
	if err != nil {
		return err
	}
	for _, d := range decks {
		for _, w := range d.Warnings {
			u.warn(w)
		}
	}
	if c.Bool("json") {
		return writeJSON(c, decks)
	}
	w := c.App.Writer
	// A note can hold escape sequences (ESC [ 2 J clears the screen): every
	// line is printed with its control characters shown escaped.
	printf := func(format string, args ...any) { fmt.Fprint(w, printable(fmt.Sprintf(format, args...))) }
	all := exporters.PackageGUIDs(decks)
	for i, d := range decks {
		if i > 0 {
			fmt.Fprintln(w)
		}
		printf("%s  (%s, %s)\n", exporters.DeckName(d.Name), fileName(d.File), plural(len(d.Cards), "card"))
		guids := all[i]
		last := "\x00"
		for j, card := range d.Cards {
			if ctx := strings.Join(card.Context, exporters.ContextSep); ctx != last {
				last = ctx
				if ctx == "" {
					ctx = "(no heading)"
				}
				printf("\n  %s\n", ctx)
			}
			kind := ""
			if card.Kind != extract.Basic {
				kind = "  [" + card.Kind.String() + "]"
			}
			printf("    %s%s\n", place(card.Pos), kind)
			printf("      Q: %s\n", indent(plainText(card.Front), "         "))
			if back := plainText(card.Back); back != "" || card.Kind != extract.Cloze {
				printf("      A: %s\n", indent(back, "         "))
			}
			if u.verbose {
				printf("      guid %s  tags %s\n", guids[j], strings.Join(card.Tags, " "))
			}
		}
	}
	return nil
}

// A jsonCard is one card as preview --json prints it. Front and back are the
// HTML the exporters write; guid is the one the CSV and the deck carry.
type jsonCard struct {
	Deck    string   `json:"deck"`
	Front   string   `json:"front"`
	Back    string   `json:"back"`
	Context []string `json:"context"`
	Tags    []string `json:"tags"`
	Kind    string   `json:"kind"`
	GUID    string   `json:"guid"`
	Source  string   `json:"source"`
}

// writeJSON prints every card of decks as one JSON array.
func writeJSON(c *cli.Context, decks []extract.Deck) error {
	cards := []jsonCard{}
	all := exporters.PackageGUIDs(decks)
	for k, d := range decks {
		guids := all[k]
		for i, card := range d.Cards {
			cards = append(cards, jsonCard{
				Deck:    exporters.DeckName(d.Name), // as Anki and the CSV name it
				Front:   card.Front,
				Back:    card.Back,
				Context: nonNil(card.Context),
				Tags:    nonNil(card.Tags),
				Kind:    card.Kind.String(),
				GUID:    guids[i],
				Source:  card.Pos.String(),
			})
		}
	}
	enc := json.NewEncoder(c.App.Writer)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(cards); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

var (
	tagRE     = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>`)
	newlineRE = regexp.MustCompile(`\n([ \t]*\n)+`)
)

// plainText renders card HTML as plain text: one line per paragraph, line
// break, table row or list item; items marked "- " or "1. " and indented by
// depth, cells separated by " | ", other tags dropped, entities decoded.
func plainText(s string) string {
	var b strings.Builder
	var lists []int // per open list: 0 for <ul>, else the next number of an <ol>
	last := 0
	itemStart := false // just after an item's marker, where a <p> adds no line
	for _, m := range tagRE.FindAllStringSubmatchIndex(s, -1) {
		if text := html.UnescapeString(s[last:m[0]]); strings.TrimSpace(text) != "" || !itemStart {
			b.WriteString(text)
			itemStart = false
		}
		last = m[1]
		closing, name := s[m[2]:m[3]] == "/", strings.ToLower(s[m[4]:m[5]])
		switch {
		case name == "ul" || name == "ol":
			b.WriteString("\n")
			switch {
			case closing && len(lists) > 0:
				lists = lists[:len(lists)-1]
			case !closing && name == "ol":
				lists = append(lists, olStart(s[m[0]:m[1]]))
			case !closing:
				lists = append(lists, 0)
			}
		case name == "li" && !closing:
			b.WriteString("\n" + strings.Repeat("  ", max(len(lists)-1, 0)))
			if n := len(lists); n > 0 && lists[n-1] > 0 {
				fmt.Fprintf(&b, "%d. ", lists[n-1])
				lists[n-1]++
			} else {
				b.WriteString("- ")
			}
			itemStart = true
		case name == "p" && itemStart:
		case (name == "td" || name == "th") && closing:
			b.WriteString(" | ")
		case name == "br" || name == "p" || name == "div" || name == "pre" || name == "tr" || name == "li" ||
			name == "table" || len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6':
			b.WriteString("\n")
		}
	}
	b.WriteString(html.UnescapeString(s[last:]))
	var lines []string
	for _, l := range strings.Split(newlineRE.ReplaceAllString(b.String(), "\n"), "\n") {
		l = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(l, " \t"), " |"), " \t")
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// olStartRE matches the start attribute of an <ol> tag.
var olStartRE = regexp.MustCompile(`\bstart="(\d{1,9})"`)

// olStart returns the number of the first item of the ordered list that tag
// opens: a list that goes on after a sub-bullet is written "<ol start="2">",
// and its "2. Mob rule …" must not read "1." in the preview.
func olStart(tag string) int {
	if m := olStartRE.FindStringSubmatch(tag); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil && n > 0 {
			return n
		}
	}
	return 1
}

// indent puts prefix before every line of s but the first.
func indent(s, prefix string) string {
	return strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// plural formats n with noun, adding an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// oneLine renders card HTML as a single line of plain text.
func oneLine(s string) string { return strings.Join(strings.Fields(plainText(s)), " ") }
