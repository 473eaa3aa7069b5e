package pdf

import (
	"fmt"
	"io"
	"math/rand"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// syntheticNote returns a deterministic note of about size bytes: sections of
// term bullets, nested lists, numbered steps, a table and a code block.
func syntheticNote(size int) []byte {
	r := rand.New(rand.NewSource(1))
	words := strings.Fields("cloud service storage instance network security policy region zone backup replica latency throughput cache queue event log metric alarm key role user group bucket object function container cluster node pod volume → ≤ ≥ ± µs “quoted” – …")
	phrase := func(n int) string {
		var sb strings.Builder
		for i := 0; i < n; i++ {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(words[r.Intn(len(words))])
		}
		return sb.String()
	}
	var sb strings.Builder
	sb.WriteString("# Synthetic notes\n\n")
	for s := 1; sb.Len() < size; s++ {
		fmt.Fprintf(&sb, "## Section %d %s\n\n", s, phrase(2))
		for i := 0; i < 6; i++ {
			fmt.Fprintf(&sb, "- **%s**: %s\n", phrase(2), phrase(8+r.Intn(12)))
			if i%3 == 0 {
				fmt.Fprintf(&sb, "  - %s\n  - %s - %s\n", phrase(6), phrase(2), phrase(7))
			}
		}
		fmt.Fprintf(&sb, "\n### Steps %d\n\n", s)
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(&sb, "%d. %s `%s`\n", i, phrase(9), phrase(1))
		}
		sb.WriteString("\n| Name | Value | Notes |\n|---|---|---|\n")
		for i := 0; i < 4; i++ {
			fmt.Fprintf(&sb, "| %s | %d | %s |\n", phrase(1), r.Intn(1000), phrase(5))
		}
		fmt.Fprintf(&sb, "\n```go\nfunc f%d(x int) int {\n\treturn x * %d // %s\n}\n```\n\n%s.\n\n", s, s, phrase(3), phrase(30))
	}
	return []byte(sb.String())
}

// countBlocks counts blocks and list items, the layout's units of work.
func countBlocks(bs []extract.Block) int {
	n := 0
	for _, b := range bs {
		n++
		n += countBlocks(b.Blocks)
		for _, it := range b.Items {
			n++
			n += countBlocks(it.Blocks)
		}
	}
	return n
}

// BenchmarkPDF exports a 440 KB synthetic note (a tenth of a 10k-card
// build) as a cheat sheet; it reports the time per block.
func BenchmarkPDF(b *testing.B) {
	src := syntheticNote(440 << 10)
	d, err := extract.Parse("synthetic.md", src, extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	decks := []extract.Deck{d}
	blocks := countBlocks(d.Outline)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := (Exporter{}).Export(io.Discard, decks); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(blocks), "ns/block")
}

// BenchmarkHeadingRun exports a note of n headings and nothing else: each
// heading is kept with the row after it, so every row joins one chain that
// the layout must not search again for each heading (ns/heading stays flat
// as n grows tenfold).
func BenchmarkHeadingRun(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		b.Run(fmt.Sprintf("headings=%d", n), func(b *testing.B) {
			var src strings.Builder
			for i := range n {
				fmt.Fprintf(&src, "## Heading %d\n", i)
			}
			d, err := extract.Parse("headings.md", []byte(src.String()), extract.Options{})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if err := (Exporter{}).Export(io.Discard, []extract.Deck{d}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/heading")
		})
	}
}

// BenchmarkEmptySections exports notes whose sections alternate with
// headings the sheet leaves out, at two sizes ten times apart: each
// "## Table of Contents" over its links, or each empty heading, was cut
// from the blocks one at a time, copying all that followed, and 20,000
// of them took 9 s and 24 s (ns/section stays flat as n grows tenfold).
func BenchmarkEmptySections(b *testing.B) {
	for _, c := range []struct {
		name, format string
	}{
		{"toc", "## Table of Contents\n- [Part %d](#p)\n\n## P\n- A: b\n\n"},
		{"empty-headings", "## E%d\n\n## P\n- A: b\n\n"},
	} {
		for _, n := range []int{2000, 20000} {
			b.Run(fmt.Sprintf("%s/sections=%d", c.name, n), func(b *testing.B) {
				var src strings.Builder
				src.WriteString("# D\n\n")
				for i := range n {
					fmt.Fprintf(&src, c.format, i)
				}
				d, err := extract.Parse("sections.md", []byte(src.String()), extract.Options{})
				if err != nil {
					b.Fatal(err)
				}
				for b.Loop() {
					if err := (Exporter{}).Export(io.Discard, []extract.Deck{d}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/section")
			})
		}
	}
}
