package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	colour "image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"slices"
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

// checkCell builds a sheet of the image data, named file, over a good PNG,
// and checks that it draws images pictures (2: both, 1: the good one
// only) and, when it leaves the cell out, warns once at its line with
// why: "n.md:3: cheat sheet: image cell.png left out: " + why.
func checkCell(t *testing.T, file string, data []byte, images int, why string) {
	t.Helper()
	pdf, warns := sheetOf(t, "# Cells\n\n![cell]("+file+")\n\n![good](good.png)\n",
		map[string][]byte{file: data, "good.png": goodPNG(t)})
	if n := bytes.Count(pdf, []byte("/Subtype /Image")); n != images {
		t.Errorf("%d images in the PDF, want %d", n, images)
	}
	want := []string{"n.md:3: cheat sheet: image " + file + " left out: " + why}
	if images == 2 {
		want = nil
	}
	if !slices.Equal(warns, want) {
		t.Errorf("warnings %q, want %q", warns, want)
	}
}

// TestImageCutShort: a PNG cut short inside its rows or its chunks, a
// download that did not finish, is left off the sheet with a warning at
// its line, where gofpdf copied its rows into the PDF unread; a PNG with
// bytes after its IEND chunk is drawn.
func TestImageCutShort(t *testing.T) {
	rgb := pngFile(64, 64, 2, idat(64, 1+3*64))
	for name, c := range map[string]struct {
		data   []byte
		images int
	}{
		"rows":        {rgb[:len(rgb)-40], 1},
		"header":      {rgb[:40], 1},
		"no IEND":     {rgb[:len(rgb)-12], 1},
		"bytes after": {append(slices.Clone(rgb), "trailing junk"...), 2},
	} {
		t.Run(name, func(t *testing.T) {
			checkCell(t, "cell.png", c.data, c.images, "the file is cut short (a download or copy that did not finish?)")
		})
	}
}

// TestPNGRowsDamaged: a PNG whose chunks are whole but whose compressed
// rows do not inflate (gofpdf copied them into the PDF unread: a blank box,
// and "Unknown compression method in flate stream" from pdftoppm) is left
// off the sheet with a warning at its line; rows split across two IDAT
// chunks, or followed by a wrong checksum, are drawn.
func TestPNGRowsDamaged(t *testing.T) {
	rows := idat(64, 1+3*64)[1]
	badSum := []byte(rows)
	badSum[len(badSum)-1] ^= 0xFF
	for name, c := range map[string]struct {
		data   []byte
		images int
	}{
		"not zlib":        {pngFile(64, 64, 2, [2]string{"IDAT", "garbage!!"}), 1},
		"rows cut":        {pngFile(64, 64, 2, [2]string{"IDAT", rows[:len(rows)/2]}), 1},
		"alpha not zlib":  {pngFile(64, 64, 6, [2]string{"IDAT", "garbage!!"}), 1},
		"two IDAT chunks": {pngFile(64, 64, 2, [2]string{"IDAT", rows[:len(rows)/2]}, [2]string{"IDAT", rows[len(rows)/2:]}), 2},
		"wrong checksum":  {pngFile(64, 64, 2, [2]string{"IDAT", string(badSum)}), 2},
		"whole, RGB":      {pngFile(64, 64, 2, [2]string{"IDAT", rows}), 2},
	} {
		t.Run(name, func(t *testing.T) { checkCell(t, "cell.png", c.data, c.images, "its compressed pixels are damaged") })
	}
}

// noisyJPEG returns a JPEG of 64×48 pixels of varied colors, so that its
// compressed rows hold 0xFF bytes (stuffed with 0x00).
func noisyJPEG(t *testing.T) []byte {
	t.Helper()
	m := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for i := range m.Pix {
		m.Pix[i] = byte(i * 131 % 251)
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, m, &jpeg.Options{Quality: 100}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestJPEGCutShort: a JPEG cut short, a download that did not finish (cut
// in half, or its second half zeros), is left off the sheet with a warning
// at its line, where gofpdf copied it into the PDF unread and the sheet
// showed its upper half above a gray box; a JPEG with bytes after its end
// marker (a phone's motion photo) is drawn, and an end marker inside its
// Exif segment does not end it.
func TestJPEGCutShort(t *testing.T) {
	photo := noisyJPEG(t)
	if !bytes.Contains(photo, []byte{0xFF, 0x00}) {
		t.Fatal("the JPEG holds no stuffed 0xFF: the test tests less than it says")
	}
	// An APP1 segment after the start marker, an end marker inside it.
	app1 := "\xff\xe1\x00\x14Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xd9\x00\x00"
	exif := append([]byte("\xff\xd8"+app1), photo[2:]...)
	zeros := slices.Clone(photo)
	clear(zeros[len(zeros)/2:])
	for name, c := range map[string]struct {
		data   []byte
		images int
	}{
		"half":          {photo[:len(photo)/2], 1},
		"no end marker": {photo[:len(photo)-2], 1},
		"zeros":         {zeros, 1},
		"exif cut":      {exif[:len(exif)/2], 1},
		"whole":         {photo, 2},
		"exif":          {exif, 2},
		"motion photo":  {append(slices.Clone(photo), "\x00\x00\x00\x18ftypmp42\xff\xd8\xff"...), 2},
	} {
		t.Run(name, func(t *testing.T) {
			checkCell(t, "cell.jpg", c.data, c.images, "the file is cut short (a download or copy that did not finish?)")
		})
	}
}

// TestImageWarningLine: an image of no alternative text inside a line,
// "- Mitosis: splits ![](photo.png)", is warned of at its line, where the
// warning named line 1.
func TestImageWarningLine(t *testing.T) {
	big := pngFile(8000, 6000, 6, idat(6000, 1+4*8000))
	for src, want := range map[string]string{
		"# Photos\n\n## Cells\n\n- Mitosis: splits ![](photo.png)\n":     "n.md:5:",
		"# Photos\n\nA cell\n![](photo.png) splits\n":                    "n.md:4:",
		"# Photos\n\n![](photo.png) splits\n":                            "n.md:3:",
		"# Photos\n\n- Mitosis: **splits**\n  the cell ![](photo.png)\n": "n.md:4:",
	} {
		_, warns := sheetOf(t, src, map[string][]byte{"photo.png": big})
		if len(warns) != 1 || !strings.HasPrefix(warns[0], want+" cheat sheet: image photo.png left out") {
			t.Errorf("%q: warnings %q, want one at %s", src, warns, want)
		}
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

// exifJPEG returns a JPEG of w×h pixels, its quarters red, green (top),
// blue and white (bottom), with an APP1 Exif segment after its start
// marker holding tiff.
func exifJPEG(t *testing.T, w, h int, tiff []byte) []byte {
	t.Helper()
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			m.Set(x, y, quarters[2*(2*y/h)+2*x/w])
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, m, &jpeg.Options{Quality: 95}); err != nil {
		t.Fatal(err)
	}
	if tiff == nil {
		return buf.Bytes()
	}
	seg := append([]byte("Exif\x00\x00"), tiff...)
	app1 := append([]byte{0xFF, 0xE1, byte((len(seg) + 2) >> 8), byte(len(seg) + 2)}, seg...)
	return append(append([]byte{0xFF, 0xD8}, app1...), buf.Bytes()[2:]...)
}

// quarters are the colors of exifJPEG's quarters: top left, top right,
// bottom left, bottom right.
var quarters = []colour.RGBA{{255, 0, 0, 255}, {0, 255, 0, 255}, {0, 0, 255, 255}, {255, 255, 255, 255}}

// TestEXIFOrientation: a phone's photo stored 80×40 with EXIF orientation 6
// was printed sideways; Anki and browsers turn it upright. The sheet turns
// and flips a JPEG as its orientation says (1 to 8), before printing it.
func TestEXIFOrientation(t *testing.T) {
	// The quarter shown top left and top right, and the size shown.
	for o, want := range map[int]struct {
		tl, tr int
		w, h   int
	}{
		1: {0, 1, 80, 40}, 2: {1, 0, 80, 40}, 3: {3, 2, 80, 40}, 4: {2, 3, 80, 40},
		5: {0, 2, 40, 80}, 6: {2, 0, 40, 80}, 7: {3, 1, 40, 80}, 8: {1, 3, 40, 80},
	} {
		for _, bo := range []binary.AppendByteOrder{binary.LittleEndian, binary.BigEndian} {
			data := exifJPEG(t, 80, 40, exifTIFF(bo, o))
			if got := jpegOrientation(data); got != o {
				t.Fatalf("orientation %d (%v): read %d", o, bo, got)
			}
		}
		data := exifJPEG(t, 80, 40, exifTIFF(binary.BigEndian, o))
		pdf, warns := sheetOf(t, "# Board\n\n![photo](phone.jpg)\n", map[string][]byte{"phone.jpg": data})
		if len(warns) != 0 {
			t.Errorf("orientation %d: warnings %q", o, warns)
		}
		if size := fmt.Sprintf("/Width %d\n/Height %d\n", want.w, want.h); !bytes.Contains(pdf, []byte(size)) {
			t.Errorf("orientation %d: no image of %d×%d in the PDF", o, want.w, want.h)
		}
		// The JPEG in the PDF, as printed.
		i := bytes.Index(pdf, []byte("/DCTDecode"))
		j := bytes.Index(pdf[max(i, 0):], []byte("stream\n"))
		if i < 0 || j < 0 {
			t.Fatalf("orientation %d: no JPEG in the PDF", o)
		}
		m, err := jpeg.Decode(bytes.NewReader(pdf[i+j+len("stream\n"):]))
		if err != nil {
			t.Fatal(err)
		}
		b := m.Bounds()
		if b.Dx() != want.w || b.Dy() != want.h {
			t.Errorf("orientation %d: %v, want %d×%d", o, b, want.w, want.h)
		}
		for _, c := range []struct{ x, y, q int }{{b.Dx() / 8, b.Dy() / 8, want.tl}, {b.Dx() * 7 / 8, b.Dy() / 8, want.tr}} {
			if q := nearestQuarter(m.At(c.x, c.y)); q != c.q {
				t.Errorf("orientation %d: (%d,%d) is the color of quarter %d, want %d", o, c.x, c.y, q, c.q)
			}
		}
	}
}

// nearestQuarter returns the index of the color of quarters nearest c.
func nearestQuarter(c colour.Color) int {
	r, g, b, _ := c.RGBA()
	best, dist := 0, uint32(1<<32-1)
	for i, q := range quarters {
		d := absDiff(r>>8, uint32(q.R)) + absDiff(g>>8, uint32(q.G)) + absDiff(b>>8, uint32(q.B))
		if d < dist {
			best, dist = i, d
		}
	}
	return best
}

// absDiff returns |a-b|.
func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// TestEXIFDamaged: a damaged or missing Exif block is orientation 1, no
// panic.
func TestEXIFDamaged(t *testing.T) {
	good := exifTIFF(binary.LittleEndian, 6)
	for name, data := range map[string][]byte{
		"no Exif":               exifJPEG(t, 8, 8, nil),
		"TIFF cut short":        exifJPEG(t, 8, 8, good[:5]),
		"directory out of file": exifJPEG(t, 8, 8, append([]byte("II*\x00\xff\xff\xff\x7f"), good[8:]...)),
		"entries cut short":     exifJPEG(t, 8, 8, good[:8+2+12+6]),
		"orientation 9":         exifJPEG(t, 8, 8, exifTIFF(binary.LittleEndian, 9)),
		"orientation as LONG":   exifJPEG(t, 8, 8, append(slices.Clone(good[:8+2+12+2]), append([]byte{4, 0}, good[8+2+12+4:]...)...)),
		"segment too long":      append([]byte{0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF}, "Exif\x00\x00"...),
		"segment length 0":      {0xFF, 0xD8, 0xFF, 0xE1, 0, 0, 0xFF, 0xE1},
		"start and end only":    {0xFF, 0xD8, 0xFF, 0xD9},
	} {
		if o := jpegOrientation(data); o != 1 {
			t.Errorf("%s: orientation %d, want 1", name, o)
		}
	}
}

// exifTIFF returns a TIFF block (Exif) in byte order bo whose first
// directory holds Make, then Orientation o.
func exifTIFF(bo binary.AppendByteOrder, o int) []byte {
	b := []byte("II*\x00")
	if bo == binary.BigEndian {
		b = []byte("MM\x00*")
	}
	b = bo.AppendUint32(b, 8)
	b = bo.AppendUint16(b, 2)
	for _, e := range [][3]uint32{{0x010F, 2, 0}, {0x0112, 3, uint32(o)}} { // Make, Orientation
		b = bo.AppendUint16(b, uint16(e[0]))
		b = bo.AppendUint16(b, uint16(e[1]))
		b = bo.AppendUint32(b, 1)
		b = bo.AppendUint16(b, uint16(e[2]))
		b = bo.AppendUint16(b, 0)
	}
	return bo.AppendUint32(b, 0)
}

// TestOrientGray: a grey JPEG is turned as a grey image.
func TestOrientGray(t *testing.T) {
	m := &image.Gray{Pix: []byte{0, 1, 2, 3, 4, 5}, Stride: 3, Rect: image.Rect(0, 0, 3, 2)}
	g, ok := orient(m, 6).(*image.Gray)
	if want := []byte{3, 0, 4, 1, 5, 2}; !ok || g.Rect.Dx() != 2 || !bytes.Equal(g.Pix, want) {
		t.Errorf("orient(6) = %v, want a 2×3 grey image of %v", g, want)
	}
}

// TestImagePlaceholders: an image the sheet cannot draw, missing or remote,
// prints its alternative text, else its file's name, where it stood; an
// image with no alternative text printed nothing and left its heading
// empty.
func TestImagePlaceholders(t *testing.T) {
	file := filepath.Join(t.TempDir(), "ethics.md")
	src := "# Ethics\n\n## Act\n\n![act diagram](missing-act.png)\n\n## Rule\n\n![](<assets/rule%20(384).png>)\n\n" +
		"## Remote\n\n![](https://example.com/fig/pancreas.jpg?w=300)\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	text := pdfTool(t, render(t, []string{file}, Exporter{}), "pdftotext")
	for _, want := range []string{"[image: act diagram]", "[image: rule (384).png]", "[image: pancreas.jpg]"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
}

// TestImagePlaceholdersSayNothing: an image the sheet cannot draw whose
// alternative text is the word an editor puts there and whose file name is
// a hash, a timestamp or a camera's counter prints nothing; a CCNA note's
// screenshots pasted on GitHub printed nineteen "[image: image]" lines.
// What a student typed, "if" or "6.5", still prints; a heading over only
// such an image stays over "[image]" (see TestHeadingOverSilentImage).
func TestImagePlaceholdersSayNothing(t *testing.T) {
	file := filepath.Join(t.TempDir(), "ccna.md")
	src := "# STP\n\nRoot bridge election.\n\n" +
		"<img width=\"500\" alt=\"image\" src=\"https://github.com/user-attachments/assets/ae653aec-7140-44fd-b9bc-8fc8aa4c6484\">\n\n" +
		"![Screenshot](https://cdn.example.com/3ac5f05c70a76473139a0abb96318146af528f48.png)\n\n" +
		"![](IMG_2804.jpg)\n\n![[Pasted image 20231120095054.png]]\n\n" +
		"![if](https://cdn.example.com/IMG_3764.jpg)\n\n![6.5](/imgs/6.5.png)\n\n![](bpdu-format.png)\n\n" +
		"## Topology\n\n![image](https://github.com/user-attachments/assets/5241ef3a-8a2f-47b6-b8ab-b86f9e359734)\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	text := pdfTool(t, render(t, []string{file}, Exporter{}), "pdftotext")
	if n := strings.Count(text, "[image:"); n != 3 {
		t.Errorf("%d placeholders, want 3:\n%s", n, text)
	}
	for _, want := range []string{"[image: if]", "[image: 6.5]", "[image: bpdu-format.png]"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
	if !strings.Contains(text, "Topology\n[image]\n") {
		t.Errorf("the heading over only a screenshot that prints nothing is not over \"[image]\":\n%s", text)
	}
}
