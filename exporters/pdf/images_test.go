package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// pngFile assembles a PNG of w×h pixels of 8 bits from its color type and
// chunks (type, then data), as a damaged file may hold them.
func pngFile(w, h uint32, colorType byte, chunks ...[2]string) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, w), h)
	ihdr = append(ihdr, 8, colorType, 0, 0, 0)
	for _, c := range append([][2]string{{"IHDR", string(ihdr)}}, append(chunks, [2]string{"IEND", ""})...) {
		_ = binary.Write(&b, binary.BigEndian, uint32(len(c[1])))
		b.WriteString(c[0] + c[1])
		_ = binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE([]byte(c[0]+c[1])))
	}
	return b.Bytes()
}

// idat returns an IDAT chunk holding rows of n zero bytes each (filter
// byte included), compressed.
func idat(rows, n int) [2]string {
	var b bytes.Buffer
	z := zlib.NewWriter(&b)
	row := make([]byte, n)
	for range rows {
		_, _ = z.Write(row)
	}
	_ = z.Close()
	return [2]string{"IDAT", b.String()}
}

// goodPNG is a valid 8×8 grey PNG.
func goodPNG(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 8, 8))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sheetOf exports the note src, written beside the given files, and returns
// the PDF and the warnings.
func sheetOf(t *testing.T, src string, files map[string][]byte) ([]byte, []string) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "n.md")
	d, err := extract.Parse(file, []byte(src), extract.Options{IgnoreMissingMedia: true})
	if err != nil {
		t.Fatal(err)
	}
	var warns []string
	e := Exporter{Time: 1700000000, Warn: func(w extract.Warning) {
		warns = append(warns, strings.TrimPrefix(w.String(), dir+string(filepath.Separator)))
	}}
	var buf bytes.Buffer
	if err := e.Export(&buf, []extract.Deck{d}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), warns
}

// TestDamagedImages: a PNG gofpdf cannot parse (it panicked on these) is
// left off the sheet with a warning naming its line; the next image is
// drawn.
func TestDamagedImages(t *testing.T) {
	for name, data := range map[string][]byte{
		"alpha rows missing":      pngFile(4, 4, 6, idat(1, 1+4*4)),
		"grey tRNS of one byte":   pngFile(6, 4, 0, [2]string{"tRNS", "\x3f"}, idat(4, 1+6)),
		"RGB tRNS of two bytes":   pngFile(6, 6, 2, [2]string{"tRNS", "\x47\x14"}, idat(6, 1+3*6)),
		"grey+alpha rows missing": pngFile(9, 9, 4, idat(2, 1+2*9)),
	} {
		t.Run(name, func(t *testing.T) {
			pdf, warns := sheetOf(t, "# Cells\n\n![bad](bad.png)\n\n![good](good.png)\n",
				map[string][]byte{"bad.png": data, "good.png": goodPNG(t)})
			if want := "n.md:3: cheat sheet: image bad.png left out: cannot decode it"; len(warns) != 1 || warns[0] != want {
				t.Errorf("warnings %q, want [%q]", warns, want)
			}
			if n := bytes.Count(pdf, []byte("/Subtype /Image")); n != 1 {
				t.Errorf("%d images in the PDF, want 1 (good.png)", n)
			}
		})
	}
}

// TestImageTooLarge: an image of more than 40 megapixels (gofpdf took
// 2.2 GB for a 12000×12000 PNG of 560 KB) is left off the sheet with a
// warning naming its line, before it is decoded.
func TestImageTooLarge(t *testing.T) {
	_, warns := sheetOf(t, "# Photos\n\n![photo](photo.png)\n\n![good](good.png)\n",
		map[string][]byte{"photo.png": pngFile(8000, 6000, 6, idat(6000, 1+4*8000)), "good.png": goodPNG(t)})
	if want := "n.md:3: cheat sheet: image photo.png left out: 8000×6000 pixels, more than 40 megapixels"; len(warns) != 1 || warns[0] != want {
		t.Errorf("warnings %q, want [%q]", warns, want)
	}
}
