package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrokenImagePaths: an image path that goes through a file, round a loop
// of links, past the longest name or holds "%00" is left out with a warning
// that says why, as a missing file is; before, each ended the build with
// "lstat …: invalid argument", "EvalSymlinks: too many links" or the whole
// 5,000-byte path twice.
func TestBrokenImagePaths(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop2", filepath.Join(dir, "loop1")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := os.Symlink("loop1", filepath.Join(dir, "loop2")); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("y", 5000) + ".png"
	for dest, why := range map[string]string{
		"notes.md/x.png": "a file stands where its path needs a folder",
		"loop1/x.png":    "a loop of symbolic links",
		"x%00.png":       "a NUL byte in its name",
		long:             "its path is too long",
	} {
		src := "# T\n\n- Cell: ![the cell](" + dest + ")\n"
		d, err := Parse(filepath.Join(dir, "n.md"), []byte(src), Options{IgnoreMissingMedia: true})
		if err != nil {
			t.Errorf("%.20s: %v, want a warning", dest, err)
			continue
		}
		if len(d.Warnings) != 1 || !strings.HasSuffix(d.Warnings[0].Msg, " left out: "+why) || len(d.Warnings[0].Msg) > 200 {
			t.Errorf("%.20s: warnings %v, want one short one ending %q", dest, d.Warnings, why)
		}
		if len(d.Cards) != 1 || d.Cards[0].Back != "the cell" {
			t.Errorf("%.20s: cards %+v, want Cell -> the cell", dest, d.Cards)
		}
	}
}
