package extract

import (
	"fmt"
	"testing"

	"github.com/yuin/goldmark/text"

	"github.com/notes2deck/notes2deck/extract/synth"
)

// BenchmarkOutline measures buildOutline alone on a synthetic note, the AST
// parsed once outside the loop.
func BenchmarkOutline(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			src := synth.Vault(synth.Config{Cards: n})[0].Data
			p := &parsed{file: "vault.md", src: src, media: map[string]Media{}, images: map[string]string{}}
			p.lineStart = lineStarts(src)
			p.doc = markdown.Parser().Parse(text.NewReader(src))
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				p.buildOutline()
			}
		})
	}
}
