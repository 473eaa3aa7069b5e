package extract

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// trailingDollar marks significant trailing spaces in golden inputs.
var trailingDollar = regexp.MustCompile(`(?m)([ \t])\$$`)

// goldenInput returns the note of a golden archive, with "$" line ends removed.
func goldenInput(a *txtar.Archive) ([]byte, bool) {
	for _, f := range a.Files {
		if f.Name == "input.md" {
			return []byte(trailingDollar.ReplaceAllString(string(f.Data), "$1")), true
		}
	}
	return nil, false
}

// goldenOptions reads "key: value" lines of an archive's comment.
func goldenOptions(a *txtar.Archive) Options {
	var o Options
	for _, l := range strings.Split(string(a.Comment), "\n") {
		switch strings.TrimSpace(l) {
		case "reverse: true":
			o.Reverse = true
		case "max-depth: 3":
			o.MaxDepth = 3
		case "ignore-missing-media: true":
			o.IgnoreMissingMedia = true
		}
	}
	return o
}

// field makes a TSV field of s: no tabs or newlines.
func field(s string) string {
	return strings.NewReplacer("\t", `\t`, "\n", `\n`).Replace(s)
}

// renderDeck prints what a golden file compares.
func renderDeck(d Deck, err error, dir string) map[string]string {
	out := map[string]string{}
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			out["error"] = "not an *Error: " + err.Error() + "\n"
		} else {
			out["error"] = strings.ReplaceAll(err.Error(), dir, "$WORK") + "\n"
		}
		return out
	}
	var b strings.Builder
	for _, c := range d.Cards {
		b.WriteString(field(strings.Join(c.Context, " › ")) + "\t" + field(c.Front) + "\t" + field(c.Back))
		if c.Kind != Basic {
			b.WriteString("\t" + c.Kind.String())
		}
		b.WriteString("\n")
	}
	out["cards.tsv"] = b.String()
	if len(d.Media) > 0 {
		var m strings.Builder
		for _, x := range d.Media {
			m.WriteString(x.Name + "\n")
		}
		out["media"] = m.String()
	}
	if len(d.Warnings) > 0 {
		var w strings.Builder
		for _, x := range d.Warnings {
			w.WriteString(strings.ReplaceAll(x.String(), dir, "$WORK") + "\n")
		}
		out["warnings"] = w.String()
	}
	return out
}

// outputs are the archive files that parsing produces.
var outputs = map[string]bool{"cards.tsv": true, "error": true, "media": true, "warnings": true}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			src, ok := goldenInput(a)
			if !ok {
				t.Fatal("no input.md")
			}
			dir := t.TempDir()
			for _, f := range a.Files {
				if outputs[f.Name] || f.Name == "input.md" {
					continue
				}
				p := filepath.Join(dir, filepath.FromSlash(f.Name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			opt := goldenOptions(a)
			opt.Root = dir
			d, err := Parse(filepath.Join(dir, "input.md"), src, opt)
			got := renderDeck(d, err, dir)
			if *update {
				var keep []txtar.File
				for _, f := range a.Files {
					if !outputs[f.Name] {
						keep = append(keep, f)
					}
				}
				var names []string
				for name := range got {
					names = append(names, name)
				}
				sort.Strings(names)
				for _, name := range names {
					keep = append(keep, txtar.File{Name: name, Data: []byte(got[name])})
				}
				a.Files = keep
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := map[string]string{}
			for _, f := range a.Files {
				if outputs[f.Name] {
					want[f.Name] = string(f.Data)
				}
			}
			for name := range outputs {
				if got[name] != want[name] {
					t.Errorf("%s: got\n%s\nwant\n%s", name, got[name], want[name])
				}
			}
		})
	}
}
