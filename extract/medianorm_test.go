package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestImageNameForms: a Mac writes file and folder names decomposed
// ("cafe\u0301.png"), a note's text is read composed; the image is found all
// the same, by path and by Obsidian embed, and a path that leaves the notes
// root is refused whatever its form.
func TestImageNameForms(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes")
	pic := filepath.Join(notes, "U\u0308bung", "cafe\u0301.png")
	for _, f := range []string{pic, filepath.Join(dir, "secre\u0300t.png")} {
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte("\x89PNG\r\n\x1a\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	note := filepath.Join(notes, "n.md")
	src := "# Fr\n\n- Café: ![a café](Übung/café.png)\n- Embed: ![[café.png]]\n"
	d, err := Parse(note, []byte(src), Options{Root: notes})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Media) != 1 || d.Media[0].Path != pic {
		t.Errorf("media %+v, want the one file %s", d.Media, pic)
	}
	if len(d.Cards) != 2 {
		t.Fatalf("cards %+v, want Café and Embed", d.Cards)
	}
	for _, c := range d.Cards {
		if !strings.Contains(c.Back, `<img src="`) {
			t.Errorf("card %q: back %q shows no image", c.Front, c.Back)
		}
	}
	_, err = Parse(note, []byte("- Secret: ![s](../secrèt.png)\n"), Options{Root: notes})
	if err == nil || !strings.Contains(err.Error(), "outside the notes root") {
		t.Errorf("image outside the root: error %v, want outside the notes root", err)
	}
}

// TestImageNameFormTwins: a folder on Linux may hold "caf\u00e9.png" and
// "cafe\u0301.png", two pictures; a note read composed cannot tell which of
// them it names, typed either way. The composed one is packed, with one
// warning at the first line that names it, not silently (the card of the
// note typed decomposed showed the other picture without a word). A name
// with one file of its forms, or of ASCII, warns of nothing.
func TestImageNameFormTwins(t *testing.T) {
	notes := t.TempDir()
	for _, name := range []string{"caf\u00e9.png", "cafe\u0301.png", "the\u0301.png", "cell.png"} {
		if err := os.WriteFile(filepath.Join(notes, name), []byte("\x89PNG\r\n\x1a\n"+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := "# Fr\n\n- Composed: ![a](caf\u00e9.png)\n- Decomposed: ![b](cafe\u0301.png)\n- Tea: ![c](th\u00e9.png)\n- Cell: ![d](cell.png)\n"
	d, err := Parse(filepath.Join(notes, "n.md"), []byte(src), Options{Root: notes})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"n.md:3: image \"caf\u00e9.png\": two files are named so, " + `"caf\u00e9.png" and "cafe\u0301.png"` +
		", in two Unicode forms the note cannot tell apart: the first is packed; rename the other"}
	var got []string
	for _, w := range d.Warnings {
		got = append(got, filepath.Base(w.String()))
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings %q, want %q", got, want)
	}
	var packed []string
	for _, m := range d.Media {
		packed = append(packed, filepath.Base(m.Path))
	}
	slices.Sort(packed)
	if want := []string{"caf\u00e9.png", "cell.png", "the\u0301.png"}; !slices.Equal(packed, want) { // sorted by bytes
		t.Errorf("packed %q, want %q", packed, want)
	}
}

// TestComposedPathListsOnce: a folder is listed once per note, however many
// missing images name it (5,000 of them in a folder of 5,000 files took 80 s
// when each listed it again): a file added after the first look is not seen.
func TestComposedPathListsOnce(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "cafe\u0301.png"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	v := &vaultIndex{}
	if got, want := v.composedPath(filepath.Join(dir, "café.png")), filepath.Join(dir, "cafe\u0301.png"); got != want {
		t.Errorf("composedPath = %q, want %q", got, want)
	}
	if err := os.WriteFile(filepath.Join(dir, "the\u0301.png"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := v.composedPath(filepath.Join(dir, "thé.png")); got != "" {
		t.Errorf("composedPath = %q after the folder was listed, want \"\" (listed again)", got)
	}
}

// TestImageNamesWithHashOrQuery: an image whose file name holds "#" or "?"
// ("Lecture #3.png", "why?.png"), written as it is, is found: the part after
// "#" or "?" is a URL's fragment or query only when the cut name is a file.
// Cut there, it named no file ("file not found" for a file beside the note).
func TestImageNamesWithHashOrQuery(t *testing.T) {
	notes := t.TempDir()
	for _, name := range []string{"Lecture #3.png", "why?.png", "cell.png"} {
		if err := os.WriteFile(filepath.Join(notes, name), []byte("\x89PNG\r\n\x1a\n"+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := "# Bio\n\n- Hash: ![a](<Lecture #3.png>)\n- Query: ![b](why?.png)\n- Encoded: ![c](Lecture%20%233.png)\n" +
		"- Fragment: ![d](cell.png#center)\n- Size: ![e](cell.png?w=200)\n"
	d, err := Parse(filepath.Join(notes, "n.md"), []byte(src), Options{Root: notes, IgnoreMissingMedia: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) > 0 {
		t.Errorf("warnings %v, want none", d.Warnings)
	}
	var got []string
	for _, m := range d.Media {
		got = append(got, filepath.Base(m.Path))
	}
	slices.Sort(got)
	if want := []string{"Lecture #3.png", "cell.png", "why?.png"}; !slices.Equal(got, want) {
		t.Errorf("media %q, want %q", got, want)
	}
	for _, c := range d.Cards {
		if !strings.Contains(c.Back, `<img src="`) {
			t.Errorf("card %q: back %q shows no image", c.Front, c.Back)
		}
	}
}
