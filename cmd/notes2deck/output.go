package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// writeOutput exports decks to dir/name through a temp file renamed into place,
// so a failed build leaves the previous output as it was.
func writeOutput(dir, name string, exp exporters.Exporter, decks []extract.Deck) (string, error) {
	path := filepath.Join(dir, name)
	err := writeAtomic(path, func(f *os.File) error {
		w := bufio.NewWriterSize(f, 1<<16)
		if err := exp.Export(w, decks); err != nil {
			return err
		}
		return w.Flush()
	})
	return path, err
}

// writeAtomic writes path by calling fill on a temp file in the same folder and
// renaming it over path once fill and the close succeed.
func writeAtomic(path string, fill func(*os.File) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create output folder: %w", err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPathError(err))
	}
	tmp := f.Name()
	if err := fill(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, unwrapPathError(err))
	}
	return nil
}

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
