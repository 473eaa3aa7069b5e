package pdf

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestImageWidth: the width a note gives an image, "![[d.png|100]]",
// "<img width=…>" or Obsidian's "![d|120](d.png)", is drawn in points,
// at most the column; before, every image filled the column.
func TestImageWidth(t *testing.T) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewNRGBA(image.Rect(0, 0, 400, 250))); err != nil {
		t.Fatal(err)
	}
	for src, want := range map[string]float64{
		"![[d.png|100]]\n":                    100,
		"![[d.png|150x90]]\n":                 150,
		"<img src=\"d.png\" width=\"120\">\n": 120,
		"![d|80](d.png)\n":                    80,
		"![[d.png|5000]]\n":                   geometry(t, Exporter{}).colW,
	} {
		pdf, _ := sheetOf(t, "# Diagrams\n\n"+src, map[string][]byte{"d.png": buf.Bytes()})
		list := imageList(t, pdf)
		var got float64
		for _, line := range strings.Split(list, "\n") {
			f := strings.Fields(line)
			if len(f) >= 14 && f[3] == "400" {
				ppi, _ := strconv.ParseFloat(f[12], 64)
				got = 400 * 72 / ppi
			}
		}
		if got < want*0.98 || got > want*1.02 { // pdfimages rounds the resolution
			t.Errorf("%q drawn %.0f pt wide, want %.0f\n%s", strings.TrimSpace(src), got, want, list)
		}
	}
}

// imageList returns what pdfimages -list says of the images of pdf.
func imageList(t *testing.T, pdf []byte) string {
	t.Helper()
	needTool(t, "pdfimages")
	f := filepath.Join(t.TempDir(), "sheet.pdf")
	if err := os.WriteFile(f, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdfimages", "-list", f).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfimages: %v: %s", err, out)
	}
	return string(out)
}
