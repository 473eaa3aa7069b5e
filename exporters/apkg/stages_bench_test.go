package apkg

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
	"github.com/notes2deck/notes2deck/extract/synth"
)

// The .apkg export split into its stages, on 10k extracted synthetic items:
// plan (GUIDs, fields, checksums), SQLite collection, zip of the collection.

func stageDecks(b *testing.B) []extract.Deck {
	b.Helper()
	var decks []extract.Deck
	for _, f := range synth.Vault(synth.Config{Cards: 10000}) {
		d, err := extract.Parse(f.Name, f.Data, extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		decks = append(decks, d)
	}
	return decks
}

const stageNow = 1700000000

func BenchmarkStagePlan(b *testing.B) {
	decks := stageDecks(b)
	b.ReportAllocs()
	for b.Loop() {
		makePlan(decks, nil, nil, stageNow)
	}
}

func BenchmarkStageSQLite(b *testing.B) {
	p, _ := makePlan(stageDecks(b), nil, nil, stageNow)
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		path := filepath.Join(dir, "c.anki2")
		os.Remove(path)
		if err := writeCollection(path, p, stageNow); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStageZip(b *testing.B) {
	p, _ := makePlan(stageDecks(b), nil, nil, stageNow)
	path := filepath.Join(b.TempDir(), "c.anki2")
	if err := writeCollection(path, p, stageNow); err != nil {
		b.Fatal(err)
	}
	if fi, err := os.Stat(path); err == nil {
		b.SetBytes(fi.Size())
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := writeZip(io.Discard, path, nil, stageNow); err != nil {
			b.Fatal(err)
		}
	}
}
