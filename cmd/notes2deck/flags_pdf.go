package main

import (
	"fmt"
	"strings"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/exporters/pdf"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/urfave/cli/v2"
)

// pdfCategory groups the cheat-sheet flags in the help.
const pdfCategory = "Cheat sheet (PDF)"

// pdfFlags are the cheat-sheet options of the build command. Their defaults
// live in package pdf: a flag that is not given leaves its field zero, so the
// note's "cheatsheet:" front matter can set it.
func pdfFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "paper", Category: pdfCategory, Usage: "`PAPER` size: a4 or letter", DefaultText: "a4"},
		&cli.StringFlag{Name: "orientation", Category: pdfCategory, Usage: "page `ORIENTATION`: landscape or portrait", DefaultText: "landscape"},
		&cli.IntFlag{Name: "columns", Category: pdfCategory, Usage: "`N` columns per page, 1 to 6", DefaultText: fmt.Sprint(pdf.DefaultColumns)},
		&cli.Float64Flag{Name: "font-size", Category: pdfCategory, Usage: "body text size in `PT`", DefaultText: fmt.Sprint(pdf.DefaultFontSize)},
		&cli.Float64Flag{Name: "min-font-size", Category: pdfCategory, Usage: "smallest size in `PT` that --pages may shrink the text to", DefaultText: fmt.Sprint(pdf.DefaultMinFontSize)},
		&cli.StringFlag{Name: "margin", Category: pdfCategory, Usage: "page margin, a `LENGTH` in mm, cm, in or pt", DefaultText: "1cm"},
		&cli.IntFlag{Name: "pages", Category: pdfCategory, Usage: "fit the cheat sheet in `N` pages by shrinking the text", DefaultText: "no limit"},
		&cli.StringFlag{Name: "font", Category: pdfCategory, Usage: "TrueType `FILE.ttf` for the text", DefaultText: "embedded DejaVu Sans Condensed"},
		&cli.StringFlag{Name: "font-bold", Category: pdfCategory, Usage: "TrueType `FILE.ttf` for bold text", DefaultText: "--font, else DejaVu Sans Condensed Bold"},
		&cli.StringFlag{Name: "font-mono", Category: pdfCategory, Usage: "TrueType `FILE.ttf` for code", DefaultText: "embedded DejaVu Sans Mono"},
		&cli.StringFlag{Name: "pdf-layout", Category: pdfCategory, Usage: "`LAYOUT`: sheet (the notes as a cheat sheet) or cards (flashcards, answers on the back)", DefaultText: "sheet"},
	}
}

// pdfExporter configures the cheat sheet from the flags. Only flags given on
// the command line are copied, so they win over the note's front matter.
// Warnings (characters without a glyph, images left out) go to warn.
func pdfExporter(c *cli.Context, epoch int64, warn func(extract.Warning)) (exporters.Exporter, error) {
	e := pdf.Exporter{
		Time:        epoch,
		Paper:       c.String("paper"),
		Orientation: c.String("orientation"),
		Columns:     c.Int("columns"),
		FontSize:    c.Float64("font-size"),
		MinFontSize: c.Float64("min-font-size"),
		Pages:       c.Int("pages"),
		Font:        c.String("font"),
		FontBold:    c.String("font-bold"),
		FontMono:    c.String("font-mono"),
		Layout:      c.String("pdf-layout"),
		Warn:        warn,
	}
	if c.IsSet("margin") {
		m, err := pdf.ParseLength(c.String("margin"))
		if err != nil {
			return nil, usageError{"--margin: " + err.Error()}
		}
		if m == 0 {
			m = 0.01 // zero means "default" in pdf.Exporter; keep an explicit 0 tiny instead
		}
		e.Margin = m
	}
	for _, f := range []struct {
		name, want string
		ok         bool
	}{
		{"columns", "1 to 6", e.Columns >= 1 && e.Columns <= 6},
		{"font-size", "3 to 24", e.FontSize > 0},
		{"min-font-size", "3 to the font size", e.MinFontSize > 0},
		{"pages", "1 or more", e.Pages >= 1},
	} {
		if c.IsSet(f.name) && !f.ok {
			return nil, usageError{fmt.Sprintf("--%s %v: want %s", f.name, c.Value(f.name), f.want)}
		}
	}
	switch e.Paper {
	case "", "a4", "letter":
	default:
		return nil, usageError{fmt.Sprintf("--paper %q: want a4 or letter", e.Paper)}
	}
	switch e.Orientation {
	case "", "landscape", "portrait":
	default:
		return nil, usageError{fmt.Sprintf("--orientation %q: want landscape or portrait", e.Orientation)}
	}
	switch e.Layout {
	case "", "sheet", "cards":
	default:
		return nil, usageError{fmt.Sprintf("--pdf-layout %q: want sheet or cards", e.Layout)}
	}
	if err := e.Check(); err != nil {
		return nil, usageError{settingMessage(c, err)}
	}
	return e, nil
}

// settingMessage is the message of err, an error of pdf.Exporter.Check, led
// by the flag it is about, as "--margin 50in: want 0 to a quarter of the
// page" or "--font x.ttf: no such file or directory", so that
// loadBuildConfig can name the line of notes2deck.yaml that set it.
func settingMessage(c *cli.Context, err error) string {
	msg := err.Error()
	flag := pdf.Setting(err)
	if flag == "layout" {
		flag = "pdf-layout"
	}
	if flag == "" || !c.IsSet(flag) {
		return msg
	}
	if flag == "font" || flag == "font-bold" || flag == "font-mono" {
		// "font x.ttf: …", "font x.ttf is damaged (…)"
		value := c.String(flag)
		return "--" + flag + " " + value + strings.TrimPrefix(msg, "font "+value)
	}
	if _, why, ok := strings.Cut(msg, ": "); ok {
		return fmt.Sprintf("--%s %s: %s", flag, flagText(c, flag), why)
	}
	return msg
}
