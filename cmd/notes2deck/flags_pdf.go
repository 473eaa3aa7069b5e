package main

import (
	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/exporters/pdf"
	"github.com/urfave/cli/v2"
)

// pdfFlags are the cheat-sheet options of the build command.
func pdfFlags() []cli.Flag {
	return nil
}

// pdfExporter configures the cheat sheet from the flags.
func pdfExporter(c *cli.Context, epoch int64) (exporters.Exporter, error) {
	return pdf.Exporter{Time: epoch}, nil
}
