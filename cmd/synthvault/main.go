// Command synthvault writes a deterministic synthetic notes vault for benchmarks.
//
//	go run ./cmd/synthvault -cards 10000 -files 1 -out /tmp/v10k
//	go run ./cmd/synthvault -cards 10000 -files 100 -out /tmp/v10k-100
//
// -out is a folder; it gets vault.md when -files is 1, else note-NN.md files.
// The same flags always write the same bytes (see package extract/synth).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/notes2deck/notes2deck/extract/synth"
)

func main() {
	cards := flag.Int("cards", 1000, "card-worthy items in the whole vault")
	files := flag.Int("files", 1, "number of notes files")
	seed := flag.Uint64("seed", synth.DefaultSeed, "random seed")
	out := flag.String("out", "", "output `DIR` (required)")
	flag.Parse()
	if *out == "" || *cards < 0 || *files < 1 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: synthvault -cards N -files N -out DIR [-seed N]")
		os.Exit(2)
	}
	if err := write(*out, synth.Config{Cards: *cards, Files: *files, Seed: *seed}); err != nil {
		fmt.Fprintln(os.Stderr, "synthvault:", err)
		os.Exit(1)
	}
}

// write puts the vault in dir, replacing generated files left by an earlier run.
func write(dir string, c synth.Config) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, _ := filepath.Glob(filepath.Join(dir, "note-*.md"))
	for _, p := range append(old, filepath.Join(dir, "vault.md")) {
		os.Remove(p)
	}
	total := 0
	for _, f := range synth.Vault(c) {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(f.Name)), f.Data, 0o644); err != nil {
			return err
		}
		total += len(f.Data)
	}
	fmt.Printf("wrote %d items in %d files (%d bytes, %.0f bytes/item) to %s\n",
		c.Cards, max(c.Files, 1), total, float64(total)/float64(max(c.Cards, 1)), dir)
	return nil
}
