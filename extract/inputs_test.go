package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/notes2deck/notes2deck/extract/synth"
	"github.com/rogpeppe/go-internal/txtar"
)

// testInputs returns the texts, by name, of the real notes (the shared
// corpus and sample notes), the golden cases' inputs and a synthetic
// vault, for tests that parse every kind of note two ways and compare;
// real lists the real notes' names in order.
func testInputs(t *testing.T) (inputs map[string][]byte, real []string) {
	t.Helper()
	inputs = map[string][]byte{}
	corpus, _ := filepath.Glob(filepath.Join(shared, "corpus", "*.md"))
	notes, _ := filepath.Glob(filepath.Join(shared, "notes", "*.md"))
	real = append(corpus, notes...)
	for _, path := range real {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		inputs[path] = src
	}
	goldens, _ := filepath.Glob("testdata/*.txtar")
	for _, path := range goldens {
		a, err := txtar.ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if src, ok := goldenInput(a); ok {
			inputs[path] = src
		}
	}
	for _, f := range synth.Vault(synth.Config{Cards: 300, Files: 1}) {
		inputs[f.Name] = f.Data
	}
	return inputs, real
}
