package gofpdf

import (
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// TestGenerateFontID checks that the font ids hash the JSON json.Marshal
// writes of the definition (notes2deck: the ids are the fonts' names in
// the PDF, so they must not change).
func TestGenerateFontID(t *testing.T) {
	want := func(fdt fontDefType) string {
		fdt.File = ""
		b, err := json.Marshal(&fdt)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%x", sha1.Sum(b))
	}
	defs := []fontDefType{
		{Tp: "Core", Name: "Courier"},
		{Tp: "UTF8", Name: `a "Cw":null name`, Cw: []int{}},
		{Tp: "UTF8", Name: "x", Cw: []int{0, 1, -2, 65535, 1 << 40}, Enc: "cp1252", Diff: `"Cw":null`, File: "f.z", N: 3},
	}
	data, err := os.ReadFile("../../exporters/pdf/fonts/DejaVuSansMono.ttf")
	if err != nil {
		t.Fatal(err)
	}
	p := New("P", "pt", "A4", "")
	p.AddUTF8FontFromBytes("mono", "", data)
	defs = append(defs, p.fonts["mono"])
	for _, fdt := range defs {
		got, err := generateFontID(fdt)
		if err != nil {
			t.Fatal(err)
		}
		if w := want(fdt); got != w {
			t.Errorf("generateFontID(%q, %d widths) = %s, want %s", fdt.Name, len(fdt.Cw), got, w)
		}
	}
	if len(p.fonts["mono"].Cw) < 256 {
		t.Errorf("mono has %d widths", len(p.fonts["mono"].Cw))
	}
}
