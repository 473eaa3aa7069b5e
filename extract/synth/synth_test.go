package synth

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

func TestDeterministic(t *testing.T) {
	a := Vault(Config{Cards: 500, Files: 3})
	b := Vault(Config{Cards: 500, Files: 3})
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("file %d differs between runs", i)
		}
	}
	if c := Vault(Config{Cards: 500, Files: 3, Seed: 99}); bytes.Equal(a[0].Data, c[0].Data) {
		t.Error("a different seed gave the same note")
	}
}

func TestShape(t *testing.T) {
	for _, files := range []int{1, 7, 100} {
		c := Config{Cards: 10000, Files: files}
		total, items := 0, 0
		for i, f := range Vault(c) {
			if !utf8.Valid(f.Data) {
				t.Fatalf("%s: invalid UTF-8", f.Name)
			}
			if bytes.IndexByte(f.Data, '\r') >= 0 || bytes.IndexByte(f.Data, 0) >= 0 {
				t.Fatalf("%s: CR or NUL", f.Name)
			}
			total += len(f.Data)
			items += c.CardsIn(i)
		}
		if items != c.Cards {
			t.Errorf("files=%d: %d items, want %d", files, items, c.Cards)
		}
		per := float64(total) / float64(c.Cards)
		if per < BytesPerCard*0.9 || per > BytesPerCard*1.1 {
			t.Errorf("files=%d: %.0f bytes per card, want about %d", files, per, BytesPerCard)
		}
	}
	n := Note(2000)
	for _, want := range []string{"# ", "## ", "### ", "- ", "  - ", "?\n", "**", "`", "](https://", "1. ", "é", "–", "“", "λ", "с"} {
		if !bytes.Contains(n, []byte(want)) {
			t.Errorf("note lacks %q", want)
		}
	}
}

func TestFileName(t *testing.T) {
	if got := FileName(0, 1); got != "vault.md" {
		t.Errorf("FileName(0,1) = %q", got)
	}
	if got := FileName(7, 100); got != "note-07.md" {
		t.Errorf("FileName(7,100) = %q", got)
	}
}

func BenchmarkNote10k(b *testing.B) {
	b.SetBytes(int64(len(Note(10000))))
	for b.Loop() {
		Note(10000)
	}
}
