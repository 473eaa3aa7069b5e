package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// TestOutlineSound: the cheat sheet draws no sound or video a note embeds
// (paper cannot play it, and the sheet warned it was "not a JPEG, PNG or
// GIF"): a video's image block has no file, so the sheet names it.
func TestOutlineSound(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"mitosis.mp4", "hola.mp3"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("av"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := Parse(filepath.Join(dir, "n.md"), []byte("![clip](mitosis.mp4)\n\n![[hola.mp3]]\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Outline) != 2 || d.Outline[0].Kind != Image || d.Outline[0].Path != "" || d.Outline[1].Path != "" {
		t.Errorf("outline %+v, want the video as an image block with no file, then the sound's name", d.Outline)
	}
}
