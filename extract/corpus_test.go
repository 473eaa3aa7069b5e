package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusFloor is the least coverage accepted per corpus note when it is below
// 90%; testdata/README.md explains each entry.
var corpusFloor = map[string]float64{}

func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "*.md"))
	if len(files) == 0 {
		t.Skip("shared corpus not available")
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			d := parseShared(t, filepath.Join("corpus", name))
			for _, c := range d.Cards {
				pf, pb := scorePlain(c.Front), scorePlain(c.Back)
				if pf == "" || pb == "" || pf == pb {
					t.Errorf("%s: junk card %q → %q", c.Pos, c.Front, c.Back)
				}
			}
			cov := 1.0
			if d.Coverage.Lines > 0 {
				cov = 1 - float64(len(d.Coverage.Uncovered))/float64(d.Coverage.Lines)
			}
			floor, ok := corpusFloor[name]
			if !ok {
				floor = 0.9
			}
			t.Logf("%d cards, coverage %.1f%% of %d lines", len(d.Cards), 100*cov, d.Coverage.Lines)
			if cov < floor {
				t.Errorf("coverage %.3f < %.2f; uncovered %v", cov, floor, d.Coverage.Uncovered)
			}
		})
	}
}

// TestStdinImages resolves images of a note read from stdin against the
// current directory.
func TestStdinImages(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.svg"), []byte("<svg/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	d, err := Parse("-", []byte("# T\n\n- Pic: ![p](x.svg)\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Media) != 1 {
		t.Fatalf("media %v, want one file", d.Media)
	}
}

// TestSymlinkOutside refuses an image that is a symlink leaving the root.
func TestSymlinkOutside(t *testing.T) {
	outside, root := t.TempDir(), t.TempDir()
	secret := filepath.Join(outside, "secret.png")
	if err := os.WriteFile(secret, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(root, "link.png")); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	note := filepath.Join(root, "n.md")
	_, err := Parse(note, []byte("# T\n\n![s](link.png)\n"), Options{Root: root})
	var e *Error
	if !asError(err, &e) || e.Pos.Line != 3 {
		t.Fatalf("got %v, want an *Error at line 3", err)
	}
}
