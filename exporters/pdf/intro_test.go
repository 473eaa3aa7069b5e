package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// sizedSheet parses the note src, named name, and returns a sheet of cfg
// for its deck, set at cfg's font size, with the deck.
func sizedSheet(t *testing.T, cfg config, name, src string) (*sheet, extract.Deck) {
	t.Helper()
	d, err := extract.Parse(name, []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := newSheet(cfg, []extract.Deck{d})
	if err != nil {
		t.Fatal(err)
	}
	s.setSize(cfg.FontSize)
	return s, d
}

// TestIntroKeptWithNext: a line that introduces a table or code, a bold
// label in a callout and a short plain line over a paragraph never end a
// column without the first line of what they introduce, wherever the
// column's foot falls. The callout's "Step 3: Subnet Allocation Table" was
// printed at a column's foot, its table at the top of the next
// (sheet13/cse4411-subnets-cidr), and so was "Table Operations" over its
// commands (cmds13/schlopshow-sql-commands).
func TestIntroKeptWithNext(t *testing.T) {
	cfg, err := Exporter{}.resolve(nil)
	if err != nil {
		t.Fatal(err)
	}
	for n := 30; n < 90; n++ {
		var src strings.Builder
		src.WriteString("# Subnets\n\n")
		for i := range n {
			fmt.Fprintf(&src, "- filler line %d\n", i)
		}
		src.WriteString("\n> [!example] Worked problem\n> **Step 3: Subnet Allocation Table**\n>\n" +
			"> | Subnet | Mask |\n> | --- | --- |\n> | A | /24 |\n> | B | /24 |\n\n" +
			"Here is the function:\n\n```\nint f(void);\nint g(void);\n```\n\n" +
			"Forwarding table:\n\n| Prefix | Interface |\n| --- | --- |\n| /20 | 0 |\n\n" +
			"- T1-I1 must happen before T1-I2.\n- Therefore, total number schedules possible is:\n\n`(n1 + n2 + n3)! / (n1! n2! n3!)`\n\n" +
			"Then, the operation:\n\n$$a^n(a^m)^{-1} = a^{n-m}$$\n\n" +
			"Table Operations\n\n" + strings.Repeat("ALTER TABLE t ADD c int; - Add a column\n", 8) +
			"\n" + strings.Repeat("- more filler\n", 150))
		s, d := sizedSheet(t, cfg, "intro.md", src.String())
		type line struct {
			page, col int
			text      string
		}
		var lines []line
		s.flow([]extract.Deck{d}, func(p []placed) {
			for _, pl := range p {
				var b strings.Builder
				for _, o := range pl.r.ops {
					if o.kind == opText {
						b.Write(s.textBuf[o.from:o.to])
					}
				}
				lines = append(lines, line{s.pager.pages, pl.col, b.String()})
			}
		})
		for i, l := range lines {
			for _, intro := range []string{"Step 3: Subnet Allocation Table", "Here is the function:", "Forwarding table:",
				"total number schedules possible is:", "Then, the operation:", "Table Operations"} {
				if !strings.Contains(l.text, intro) {
					continue
				}
				if i+1 == len(lines) || lines[i+1].page != l.page || lines[i+1].col != l.col {
					t.Errorf("%d filler lines: %q ends column %d of page %d", n, intro, l.col+1, l.page+1)
				}
			}
		}
	}
}

// TestLongItemFlows: a list item with more lines under it than a short
// block starts where the column has room, as a list does, instead of
// moving whole to the next column. PMP notes' "Duties of PM" and its forty
// lines left a quarter of a column empty (biz13/louiscasillas-pmp-course).
func TestLongItemFlows(t *testing.T) {
	cfg, err := Exporter{}.resolve(nil)
	if err != nil {
		t.Fatal(err)
	}
	probe, err := newSheet(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	probe.setSize(cfg.FontSize)
	lines := int(probe.colH / probe.lh)
	var src strings.Builder
	src.WriteString("# PMP\n\n")
	for i := range lines - 12 {
		fmt.Fprintf(&src, "- filler line %d\n", i)
	}
	src.WriteString("- Duties of PM\n")
	for i := range 30 {
		fmt.Fprintf(&src, "  - duty %d\n", i)
	}
	// A page more, so that the first is not the last, which balance evens.
	for i := range 3 * lines {
		fmt.Fprintf(&src, "- more filler %d\n", i)
	}
	s, d := sizedSheet(t, cfg, "pmp.md", src.String())
	col := -1
	s.flow([]extract.Deck{d}, func(p []placed) {
		for _, pl := range p {
			for _, o := range pl.r.ops {
				if o.kind == opText && strings.Contains(string(s.textBuf[o.from:o.to]), "Duties of PM") {
					col = pl.col
				}
			}
		}
	})
	if col != 0 {
		t.Errorf("\"Duties of PM\" starts column %d, want the first, where ten lines are free", col+1)
	}
}

// TestLongItemAlone: a list item whose own text wraps to more than a short
// block's rows, with nothing under it, is laid out whatever its length. The
// rows to keep together were taken one past the item's own text, past the
// rows laid out when none followed it: a slice out of range, a panic at
// 124, 131 or 152 words, and a stray row linked at other lengths (a fuzz run's
// `- Term: ` and one long line).
func TestLongItemAlone(t *testing.T) {
	cfg, err := Exporter{}.resolve(nil)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("packet osmosis cache thread process kernel router entropy frame buffer switch")
	for n := 40; n <= 400; n += 7 {
		var src strings.Builder
		src.WriteString("# T\n\n- Term:")
		for i := range n {
			src.WriteString(" " + words[i%len(words)])
		}
		src.WriteString("\n")
		s, d := sizedSheet(t, cfg, "long.md", src.String())
		placedRows := 0
		s.flow([]extract.Deck{d}, func(p []placed) { placedRows += len(p) })
		if placedRows == 0 {
			t.Errorf("%d words: no row placed", n)
		}
	}
}
