package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"
	"github.com/notes2deck/notes2deck/extract"
)

// fontTable returns where the record of table tag is in the TrueType data,
// and where the table is.
func fontTable(t *testing.T, data []byte, tag string) (rec, off, n int) {
	t.Helper()
	for i := 0; i < int(binary.BigEndian.Uint16(data[4:])); i++ {
		rec = 12 + 16*i
		if string(data[rec:rec+4]) == tag {
			return rec, int(binary.BigEndian.Uint32(data[rec+8:])), int(binary.BigEndian.Uint32(data[rec+12:]))
		}
	}
	t.Fatalf("no table %q", tag)
	return 0, 0, 0
}

// withoutTable renames table tag of the embedded body font: the font lacks it.
func withoutTable(t *testing.T, tag string) []byte {
	data := bytes.Clone(dejaVuRegular)
	rec, _, _ := fontTable(t, data, tag)
	copy(data[rec:], "zz")
	return data
}

// cmap4 returns where the (3, 1) format 4 character map of the embedded
// body font is, and its number of segments.
func cmap4(t *testing.T, data []byte) (at, segs int) {
	t.Helper()
	_, off, _ := fontTable(t, data, "cmap")
	for i := 0; i < int(binary.BigEndian.Uint16(data[off+2:])); i++ {
		rec := off + 4 + 8*i
		sub := off + int(binary.BigEndian.Uint32(data[rec+4:]))
		if binary.BigEndian.Uint16(data[rec:]) == 3 && binary.BigEndian.Uint16(data[rec+2:]) == 1 && binary.BigEndian.Uint16(data[sub:]) == 4 {
			return sub, int(binary.BigEndian.Uint16(data[sub+6:])) / 2
		}
	}
	t.Fatal("no (3, 1) format 4 character map")
	return 0, 0
}

// damagedFonts are the embedded body font damaged in ways gofpdf does not
// check (it panicked on a missing table or an offset out of range), by the
// reason the error gives.
func damagedFonts(t *testing.T) map[string][]byte {
	fonts := map[string][]byte{}
	for _, tag := range []string{"name", "post", "loca", "maxp"} {
		fonts[`no "`+tag+`" table`] = withoutTable(t, tag)
	}
	fonts[`table "glyf" runs past the end of the file`] = dejaVuRegular[:len(dejaVuRegular)/2]

	data := bytes.Clone(dejaVuRegular)
	_, off, n := fontTable(t, data, "loca")
	for i := off; i < off+n; i++ {
		data[i] = 0xff
	}
	fonts[`table "loca" places glyph 0 out of the "glyf" table`] = data

	data = bytes.Clone(dejaVuRegular)
	sub, segs := cmap4(t, data)
	binary.BigEndian.PutUint16(data[sub+16+2*segs+2:], 0) // the second range starts at U+0000
	fonts[`table "cmap": character ranges overlap`] = data

	// A composite glyph made of itself.
	data = bytes.Clone(dejaVuRegular)
	_, head, _ := fontTable(t, data, "head")
	_, loca, _ := fontTable(t, data, "loca")
	_, glyf, _ := fontTable(t, data, "glyf")
	_, maxp, _ := fontTable(t, data, "maxp")
	long := binary.BigEndian.Uint16(data[head+50:]) == 1
	start := func(g int) int {
		if long {
			return int(binary.BigEndian.Uint32(data[loca+4*g:]))
		}
		return 2 * int(binary.BigEndian.Uint16(data[loca+2*g:]))
	}
	for g := range int(binary.BigEndian.Uint16(data[maxp+4:])) {
		if at := glyf + start(g); start(g+1) > start(g) && data[at]&0x80 != 0 {
			binary.BigEndian.PutUint16(data[at+12:], uint16(g))
			fonts[fmt.Sprintf("glyph %d contains itself", g)] = data
			break
		}
	}
	return fonts
}

// TestDamagedFonts: a damaged TrueType font is an error saying so, from
// Check for a flag, and naming the note whose front matter chose it.
func TestDamagedFonts(t *testing.T) {
	dir := t.TempDir()
	for reason, data := range damagedFonts(t) {
		t.Run(reason, func(t *testing.T) {
			path := filepath.Join(dir, "f.ttf")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			want := "font " + path + " is damaged (" + reason + ")"
			if err := (Exporter{Font: path}).Check(); err == nil || err.Error() != want {
				t.Errorf("Check: %v, want %s", err, want)
			}
			d, err := extract.Parse("n.md", []byte("---\ncheatsheet:\n  font: "+path+"\n---\n# N\n\n- One: 1\n"), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			err = Exporter{}.Export(&bytes.Buffer{}, []extract.Deck{d})
			var xe *extract.Error
			if !errors.As(err, &xe) || err.Error() != "n.md:3: front matter: cheatsheet: "+want {
				t.Errorf("Export: %v, want n.md:3: front matter: cheatsheet: %s", err, want)
			}
		})
	}
}

// TestRestrictedFont: a font whose licence forbids embedding (OS/2 fsType
// 2) is refused with a message, as gofpdf would refuse it by printing to
// standard output.
func TestRestrictedFont(t *testing.T) {
	data := bytes.Clone(dejaVuRegular)
	_, os2, _ := fontTable(t, data, "OS/2")
	binary.BigEndian.PutUint16(data[os2+8:], 0x0002)
	path := filepath.Join(t.TempDir(), "r.ttf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	want := "font " + path + " cannot be used: its licence forbids embedding it in a document (OS/2 fsType)"
	if err := (Exporter{Font: path}).Check(); err == nil || err.Error() != want {
		t.Errorf("Check: %v, want %s", err, want)
	}
}

// TestFontPanics: damage that parseTTF lets through but gofpdf trips on, as
// it parses a font or subsets it, is an error naming the font.
func TestFontPanics(t *testing.T) {
	var faces [nFonts]*face
	faces[fMono] = &face{name: "mono.ttf", data: withoutTable(t, "name")}
	err := addFonts(gofpdf.New("P", "pt", "A4", ""), faces, config{})
	if want := "font mono.ttf is damaged (runtime error: "; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("addFonts: %v, want %s…", err, want)
	}

	// Capital letters map to a glyph the font lacks: gofpdf looks it up
	// only when it subsets the font.
	data := bytes.Clone(dejaVuRegular)
	sub, segs := cmap4(t, data)
	for i := range segs {
		end, start := binary.BigEndian.Uint16(data[sub+14+2*i:]), binary.BigEndian.Uint16(data[sub+16+2*segs+2*i:])
		if start <= 'O' && 'O' <= end {
			if binary.BigEndian.Uint16(data[sub+16+6*segs+2*i:]) != 0 {
				t.Fatal("the range of O maps by glyphIdArray")
			}
			binary.BigEndian.PutUint16(data[sub+16+4*segs+2*i:], 60000-start)
		}
	}
	path := filepath.Join(t.TempDir(), "f.ttf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := extract.Parse("n.md", []byte("---\ncheatsheet:\n  font: "+path+"\n---\n# N\n\n- One: 1\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = Exporter{}.Export(&bytes.Buffer{}, []extract.Deck{d})
	if want := "n.md:3: front matter: cheatsheet: font " + path + " is damaged (runtime error: "; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Export: %v, want %s…", err, want)
	}
}

// withoutLatin returns the embedded body font without ASCII and without
// U+FFFD, as Droid Sans Fallback (a CJK font) is: their character ranges
// are emptied in every format 4 and format 12 character map.
func withoutLatin(t *testing.T) []byte {
	data := bytes.Clone(dejaVuRegular)
	_, off, _ := fontTable(t, data, "cmap")
	drop := func(first, last int) bool { return first <= '?' && '?' <= last || first <= 0xFFFD && 0xFFFD <= last }
	for i := 0; i < int(binary.BigEndian.Uint16(data[off+2:])); i++ {
		sub := off + int(binary.BigEndian.Uint32(data[off+4+8*i+4:]))
		switch binary.BigEndian.Uint16(data[sub:]) {
		case 4:
			segs := int(binary.BigEndian.Uint16(data[sub+6:])) / 2
			for j := range segs {
				end, start := sub+14+2*j, sub+16+2*segs+2*j
				if last := int(binary.BigEndian.Uint16(data[end:])); drop(int(binary.BigEndian.Uint16(data[start:])), last) {
					binary.BigEndian.PutUint16(data[start:], uint16(last+1))
				}
			}
		case 12:
			for j := range int(binary.BigEndian.Uint32(data[sub+12:])) {
				g := sub + 16 + 12*j
				if last := int(binary.BigEndian.Uint32(data[g+4:])); drop(int(binary.BigEndian.Uint32(data[g:])), last) {
					binary.BigEndian.PutUint32(data[g:], uint32(last+1))
				}
			}
		}
	}
	return data
}

// TestMissingGlyphTakesWidth: with a body font that has neither "?" nor
// "\uFFFD" (Droid Sans Fallback, the CJK font the sheet picks for Korean
// notes), a character no font has was drawn as that font's "?", a box of
// no width in the layout, printed over the text after it. Every part of a
// word is now drawn in a face that has its characters, and takes width.
func TestMissingGlyphTakesWidth(t *testing.T) {
	font := filepath.Join(t.TempDir(), "cjk.ttf")
	if err := os.WriteFile(font, withoutLatin(t), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, font, rep string
	}{
		{"embedded font", "", "\uFFFD"},
		{"font without Latin", font, "\uFFFD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := Exporter{Font: tc.font}.resolve(nil)
			if err != nil {
				t.Fatal(err)
			}
			s, err := newSheet(cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.waitFonts(); err != nil {
				t.Fatal(err)
			}
			if tc.font != "" && s.faces[fRegular].has('?') {
				t.Fatal("the font has '?'")
			}
			s.setSize(DefaultFontSize)
			spans := []extract.Span{{Text: "사과", Style: extract.Bold}, {Text: ": apple 𝔄x aͨ 한국어"}}
			reps := 0
			for _, w := range s.words(spans, s.size, fRegular, cText, extract.Pos{File: "k.md", Line: 3}) {
				for _, p := range w.parts {
					for _, r := range p.text {
						if !s.faces[p.font].has(r) {
							t.Errorf("%q drawn in %s, which has no glyph for %q", p.text, s.faces[p.font].name, r)
						}
					}
					if p.w <= 0 {
						t.Errorf("%q takes no width", p.text)
					}
					reps += strings.Count(p.text, tc.rep)
				}
			}
			if want := 2 + 1 + 1 + 3; reps != want {
				t.Errorf("%d × %q, want %d", reps, tc.rep, want)
			}
			if got := s.glyphWarnings(); len(got) != 1 || got[0].String() != fmt.Sprintf("k.md:3: cheat sheet: no glyph for \"사과𝔄ͨ한국어\" (7 characters) in font %s; printed as %s (choose a font that has them with --font)", s.faces[fRegular].name, tc.rep) {
				t.Errorf("warnings %q", got)
			}
		})
	}
}
