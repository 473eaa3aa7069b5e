package pdf

import (
	"bytes"
	"compress/zlib"
	"image"
	"image/png"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestFakeBold: bold text in a face that has no bold, the CJK font the
// sheet takes for Chinese, Japanese and Korean or a --font without
// --font-bold, is drawn thicker than the text beside it and as wide: the
// headings and **bold** of a Chinese or Korean note printed at the weight
// of the body. Bold in a bold face is drawn as it is.
func TestFakeBold(t *testing.T) {
	needTool(t, "pdftoppm")
	regular := filepath.Join(t.TempDir(), "regular.ttf")
	if err := os.WriteFile(regular, dejaVuRegular, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, src, word, font string
	}{
		{"chinese", "# 水果\n\n今天 **苹果** 苹果 很好\n", "苹果", droidFont},
		{"font without bold", "# Fruit\n\nEat **apple** apple today\n", "apple", regular},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !fileExists(c.font) {
				t.Skipf("%s not installed (apt-get install fonts-droid-fallback): skipping", c.font)
			}
			data := sheetWith(t, c.src, Exporter{Font: c.font})
			img := pageImage(t, data, "-gray", "-r", "144")
			var boxes []bword
			for _, w := range words(t, data) {
				if w.text == c.word {
					boxes = append(boxes, w)
				}
			}
			if len(boxes) != 2 {
				t.Fatalf("%d words %q on the sheet, want 2", len(boxes), c.word)
			}
			bold, plain := ink(img, boxes[0]), ink(img, boxes[1])
			if float64(bold) < float64(plain)*1.15 {
				t.Errorf("bold %q has %d dark pixels, the plain one %d: want 15%% more", c.word, bold, plain)
			}
			if bw, pw := boxes[0].xMax-boxes[0].xMin, boxes[1].xMax-boxes[1].xMin; math.Abs(bw-pw) > 0.01 {
				t.Errorf("bold %q is %.2f pt wide, the plain one %.2f", c.word, bw, pw)
			}
		})
	}
	t.Run("bold face", func(t *testing.T) {
		if ops := textRenderModes(t, sheetWith(t, "# Fruit\n\nEat **apple** apple today\n", Exporter{})); len(ops) != 0 {
			t.Errorf("bold of DejaVu Sans Bold drawn with %q", ops)
		}
	})
}

// sheetWith exports the note src with e and returns the PDF.
func sheetWith(t *testing.T, src string, e Exporter) []byte {
	t.Helper()
	d, err := extract.Parse("n.md", []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e.Time = 1700000000
	var buf bytes.Buffer
	if err := e.Export(&buf, []extract.Deck{d}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pageImage renders the first page of a PDF with pdftoppm and its options
// opts ("-gray", "-r", "144").
func pageImage(t *testing.T, data []byte, opts ...string) image.Image {
	t.Helper()
	dir := t.TempDir()
	sheet := filepath.Join(dir, "sheet.pdf")
	if err := os.WriteFile(sheet, data, 0o644); err != nil {
		t.Fatal(err)
	}
	args := append(append([]string{"-png"}, opts...), "-singlefile", sheet, filepath.Join(dir, "page"))
	if out, err := exec.Command("pdftoppm", args...).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	f, err := os.Open(filepath.Join(dir, "page.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// ink counts the dark pixels in the box of w on a page rendered at 144 dpi.
func ink(img image.Image, w bword) int {
	n := 0
	for y := int(w.yMin * 2); y <= int(w.yMax*2); y++ {
		for x := int(w.xMin * 2); x <= int(w.xMax*2); x++ {
			if r, _, _, _ := img.At(x, y).RGBA(); r>>8 < 128 {
				n++
			}
		}
	}
	return n
}

var (
	pdfStream = regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`)
	trOp      = regexp.MustCompile(`\b\d Tr\b`)
)

// textRenderModes returns the text render mode operators ("2 Tr") of the
// compressed streams of a PDF.
func textRenderModes(t *testing.T, data []byte) []string {
	t.Helper()
	var ops []string
	for _, m := range pdfStream.FindAllSubmatch(data, -1) {
		z, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		content, err := io.ReadAll(z)
		if err != nil {
			continue
		}
		for _, op := range trOp.FindAll(content, -1) {
			ops = append(ops, string(op))
		}
	}
	return ops
}
