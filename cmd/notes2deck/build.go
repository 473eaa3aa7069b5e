package main

import (
	"fmt"
	"strings"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/exporters/apkg"
	"github.com/notes2deck/notes2deck/exporters/csv"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/urfave/cli/v2"
)

// formats lists the output formats in the order they are written.
var formats = []string{"apkg", "csv", "pdf"}

func buildCommand() *cli.Command {
	return &cli.Command{
		Name:      "build",
		Usage:     "build the deck, CSV and cheat sheet from notes",
		ArgsUsage: "[PATH...]",
		Description: "A PATH is a .md file or a folder searched recursively for *.md (default notes/).\n" +
			"Example:\n   notes2deck build --out out/ --format apkg,csv notes/",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "out", Usage: "output `DIR`"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: strings.Join(formats, ","), Usage: "comma-separated output formats: apkg, csv, pdf"},
			&cli.StringFlag{Name: "deck", Usage: "nest every note's deck under `NAME`::"},
			&cli.BoolFlag{Name: "reverse", Usage: "also ask definitions backwards (Basic + reversed note type)"},
		}, pdfFlags()...),
		Action: buildAction,
	}
}

func buildAction(c *cli.Context) error {
	want, err := parseFormats(c.String("format"))
	if err != nil {
		return err
	}
	targets, err := collectTargets(c.Args().Slice())
	if err != nil {
		return err
	}
	epoch, err := buildEpoch(targets)
	if err != nil {
		return err
	}
	opt := extract.Options{DeckPrefix: c.String("deck"), Reverse: c.Bool("reverse")}
	out := c.String("out")
	for _, t := range targets {
		decks, err := parseTarget(t, opt)
		if err != nil {
			return err
		}
		for _, d := range decks {
			fmt.Fprintf(c.App.Writer, "%s: %d cards → deck %q\n", d.File, len(d.Cards), d.Name)
		}
		for _, f := range want {
			exp, err := newExporter(c, f, epoch)
			if err != nil {
				return err
			}
			path, err := writeOutput(out, t.name+"."+f, exp, decks)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "wrote %s\n", path)
		}
	}
	return nil
}

// parseFormats checks a --format value and returns the formats in canonical order.
func parseFormats(s string) ([]string, error) {
	seen := map[string]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		ok := false
		for _, g := range formats {
			ok = ok || f == g
		}
		if !ok {
			return nil, usageError{fmt.Sprintf("unknown format %q (want apkg, csv or pdf)", f)}
		}
		seen[f] = true
	}
	var out []string
	for _, g := range formats {
		if seen[g] {
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		return nil, usageError{"--format names no format"}
	}
	return out, nil
}

// newExporter configures the exporter for one format.
func newExporter(c *cli.Context, format string, epoch int64) (exporters.Exporter, error) {
	switch format {
	case "apkg":
		return apkg.Exporter{Time: epoch}, nil
	case "csv":
		return csv.Exporter{}, nil
	}
	return pdfExporter(c, epoch)
}
