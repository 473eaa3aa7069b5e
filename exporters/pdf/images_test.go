package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	colour "image/color"
	"image/draw"
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

// interlacedPNG encodes m as an Adam7-interlaced PNG of 8-bit RGBA, which
// image/png does not write.
func interlacedPNG(m *image.NRGBA) []byte {
	w, h := m.Rect.Dx(), m.Rect.Dy()
	var raw bytes.Buffer
	for _, p := range []struct{ x0, y0, dx, dy int }{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}} {
		if p.x0 >= w {
			continue
		}
		for y := p.y0; y < h; y += p.dy {
			raw.WriteByte(0)
			for x := p.x0; x < w; x += p.dx {
				raw.Write(m.Pix[m.PixOffset(x, y) : m.PixOffset(x, y)+4])
			}
		}
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	_, _ = zw.Write(raw.Bytes())
	_ = zw.Close()
	data := pngFile(uint32(w), uint32(h), 6, [2]string{"IDAT", z.String()})
	data[8+8+12] = 1 // IHDR's interlace method: Adam7
	binary.BigEndian.PutUint32(data[8+8+13:], crc32.ChecksumIEEE(data[8+4:8+8+13]))
	return data
}

// TestPNGsGofpdfRefuses: valid PNGs that gofpdf does not read, interlaced or
// of 16 bits a channel, were left off the sheet ("cannot decode it"). They
// are printed, as 8-bit PNGs of the same pixels, their alpha kept.
func TestPNGsGofpdfRefuses(t *testing.T) {
	rgba := image.NewNRGBA(image.Rect(0, 0, 13, 11))
	for i := range rgba.Pix {
		rgba.Pix[i] = byte(i*7 + i/4)
	}
	opaque := image.NewNRGBA(rgba.Rect)
	copy(opaque.Pix, rgba.Pix)
	for i := 3; i < len(opaque.Pix); i += 4 {
		opaque.Pix[i] = 255
	}
	encode := func(m image.Image) []byte {
		var buf bytes.Buffer
		if err := png.Encode(&buf, m); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	sixteen := func(m image.Image, dst draw.Image) image.Image {
		draw.Draw(dst, dst.Bounds(), m, image.Point{}, draw.Src)
		return dst
	}
	for _, tc := range []struct {
		name  string
		data  []byte
		alpha bool
	}{
		{"interlaced RGB", interlacedPNG(opaque), false},
		{"interlaced RGBA", interlacedPNG(rgba), true},
		{"16-bit RGB", encode(sixteen(opaque, image.NewRGBA64(rgba.Rect))), false},
		{"16-bit RGBA", encode(sixteen(rgba, image.NewNRGBA64(rgba.Rect))), true},
		{"16-bit grey", encode(sixteen(opaque, image.NewGray16(rgba.Rect))), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := png.Decode(bytes.NewReader(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			pdf, warns := sheetOf(t, "# Photos\n\n![photo](photo.png)\n", map[string][]byte{"photo.png": tc.data})
			if len(warns) != 0 {
				t.Errorf("warnings %q, want none", warns)
			}
			if n := bytes.Count(pdf, []byte("/Subtype /Image")); n != 1+btoi(tc.alpha) {
				t.Errorf("%d images in the PDF, want %d (the photo, and its alpha as a soft mask: %v)", n, 1+btoi(tc.alpha), tc.alpha)
			}
			plain, ok := plainPNG(tc.data)
			if !ok {
				t.Fatal("plainPNG: cannot decode it")
			}
			if depth, interlace := plain[8+8+8], plain[8+8+12]; depth != 8 || interlace != 0 {
				t.Errorf("plainPNG: bit depth %d, interlace %d; want 8 and 0", depth, interlace)
			}
			got, err := png.Decode(bytes.NewReader(plain))
			if err != nil {
				t.Fatal(err)
			}
			for y := range rgba.Rect.Dy() {
				for x := range rgba.Rect.Dx() {
					if w, g := nrgba(want.At(x, y)), nrgba(got.At(x, y)); w != g {
						t.Fatalf("pixel (%d,%d): %v, want %v", x, y, g, w)
					}
				}
			}
		})
	}
}

// nrgba returns c with 8 bits a channel, not premultiplied: the high bytes
// of a 16-bit color.
func nrgba(c colour.Color) colour.NRGBA {
	if n, ok := c.(colour.NRGBA); ok {
		return n
	}
	w := colour.NRGBA64Model.Convert(c).(colour.NRGBA64)
	return colour.NRGBA{uint8(w.R >> 8), uint8(w.G >> 8), uint8(w.B >> 8), uint8(w.A >> 8)}
}

// btoi is 1 for true, 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
