package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// writeStdout exports decks to w, the standard output of --out -.
func writeStdout(w io.Writer, exp exporters.Exporter, decks []extract.Deck) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := exp.Export(bw, decks); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	return nil
}
