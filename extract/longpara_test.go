package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestLongParagraph parses paragraphs of 20,000 lines typed without a blank
// line between them: one-line definitions of several kinds give a card a
// line, the same cards as the lines in short paragraphs make, without a
// warning, and prose alone or over a list builds. BenchmarkLongParagraph
// measures how long these paragraphs take.
func TestLongParagraph(t *testing.T) {
	const n = 20000
	for _, shape := range longParagraphShapes {
		long, short := longParagraph(shape, n)
		d, err := Parse("long.md", long, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want, err := Parse("long.md", short, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Cards) != n || len(want.Cards) != n {
			t.Errorf("%q: %d cards, and %d from short paragraphs, want %d", shape, len(d.Cards), len(want.Cards), n)
			continue
		}
		for i, c := range d.Cards {
			if w := want.Cards[i]; c.Front != w.Front || c.Back != w.Back {
				t.Errorf("%q: card %d: %q → %q, want %q → %q", shape, i, c.Front, c.Back, w.Front, w.Back)
				break
			}
		}
		for _, w := range d.Warnings {
			t.Errorf("%q: warning %v", shape, w)
		}
	}
	for name, tail := range longProseTails {
		if _, err := Parse("long.md", longProse(n, tail), Options{}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

// longParagraphShapes are the one-line definitions of TestLongParagraph, as
// formats for fmt.Sprintf of the line's number twice.
var longParagraphShapes = []string{
	"Term%d: meaning number %d of it",
	"Energy%d is the ability to do work %d",
	"word%d - meaning %d",
	"`cmd%d` lists files %d",
	"Q: What is thing%d?\nA: it is %d",
	"Classical%d:\nresponse is automatic %d",
}

// longProseTails end a long paragraph of prose: nothing, or a list it leads in.
var longProseTails = map[string]string{"paragraph": "", "lead-in": "\n- item one\n- item two\n"}

// longParagraph returns a note of n lines of shape in one paragraph, and
// the same lines in paragraphs of 500.
func longParagraph(shape string, n int) (long, short []byte) {
	var l, s strings.Builder
	l.WriteString("# P\n\n")
	s.WriteString("# P\n\n")
	for i := range n {
		line := fmt.Sprintf(shape+"\n", i, i)
		l.WriteString(line)
		s.WriteString(line)
		if i%500 == 499 {
			s.WriteString("\n")
		}
	}
	return []byte(l.String()), []byte(s.String())
}

// longProse returns a note of n lines of prose in one paragraph, then tail.
func longProse(n int, tail string) []byte {
	return []byte("# P\n" + strings.Repeat("some *words* on a `line`\n", n) + tail)
}

// BenchmarkLongParagraph times the paragraphs of TestLongParagraph, 20,000
// lines typed without a blank line between them, and plain prose. Each
// line's search once walked the paragraph from its start, so such a
// paragraph took time in the square of its length (4,000 lines of "Term:
// definition" 4 s, of "Term<NL>: definition" 12 s a 10,000) and one of over
// 1000 lines made no card, with a warning; its inlines are now found by
// offset (see kidsIn). TestLongParagraph asserted each took under 10 s.
// Sub-benchmark shape=i parses longParagraphShapes[i].
func BenchmarkLongParagraph(b *testing.B) {
	const n = 20000
	parse := func(name string, src []byte) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse("long.md", src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	parse("plain", []byte("# P\n"+strings.Repeat("some words on a line\n", n)))
	for i, shape := range longParagraphShapes {
		long, _ := longParagraph(shape, n)
		parse(fmt.Sprintf("shape=%d", i), long)
	}
	for _, name := range []string{"paragraph", "lead-in"} {
		parse("prose-"+name, longProse(n, longProseTails[name]))
	}
}

// lines returns line(i) for each i below n, one after another: a note's
// body of n lines of one shape.
func lines(n int, line func(i int) string) string {
	var s strings.Builder
	for i := range n {
		s.WriteString(line(i))
	}
	return s.String()
}

// BenchmarkRewrites times notes that made this round's line rewrites
// quadratic, at two sizes ten times apart: the time per byte must not grow
// with the size. A paragraph of 50,000 "$$xy$$" took over a minute, 20,000
// "- # -" lines 5 s, and 20,000 Hugo shortcodes never closed 15 s; 20,000
// rows of a grid table without its last border 110 s, 20,000 paragraphs of
// "D - descendre" 23 s, a paragraph of 20,000 "Key: value" lines 8 s, and
// 20,000 items each followed by a lazy "Label: value" line 6 s, and one
// item of 20,000 soft-wrapped lines 10 s (its outline for the sheet);
// 20,000 "{@{…}@}" clozes on one line 14 s, and 20,000 katex or hint
// shortcode pairs on one line 12 s; 80,000 sections each with "Motor:" and
// "Sensory:" 25 s, and a run of 20,000 "key:: value" lines under a
// heading 5 s; 20,000 sections each of one "- Term: def" bullet 3 s (each
// heading's card searched back through all the cards before it), and a
// paragraph of 20,000 "a | b" rows 10 s (each cell of the sheet's table
// read through every row of the paragraph); a heading over 20,000
// paragraphs whose "**Theorem**" lines ask "G: Theorem" 22 s (the
// heading's whole answer read again for each of those cards); a list of
// 1,000 "<placeholder>" commands beside items holding an unclosed <script>
// 10 s (each item asked whether the whole list pairs at a dash), and one
// "Where $q0$ is … and $q1$ is …" line of 16,000 symbols 6 s (its inlines
// read from the start for each symbol), and a table of 40,000 rows
// merged under one name, each with three values, 8 s (each value looked
// for among those before it), and 20,000 Spaced Repetition cards typed
// with no blank line between them 120 s (each question's answer looked
// for through every card under it), and a paragraph of 20,000 "$H_0$ is
// rejected if …" lines 25 s (each line's emphasis looked for through
// every inline of the paragraph), and 20,000 footnote definitions that no
// reference cites, typed under an item, 4 s (each read to the end of its
// paragraph), and 6,000 sections each asking a mnemonic's letters with
// their heading 6 s (each letter's heading looked for in the context of
// every card of the same letter); a line of 20,000 image paths with spaces,
// each in a code span, must not look for each one's span from the first;
// a paragraph of 20,000 lines that each name a formula by one word,
// "amp1 $V_o=-(V_1+V_2)$", 27 s (its lines read anew for each line's
// neighbours).
func BenchmarkRewrites(b *testing.B) {
	for _, c := range []struct {
		name string
		make func(n int) string
	}{
		{"displays", func(n int) string { return "# T\n\nTerm: " + strings.Repeat("$$xy$$ ", n) + "\n" }},
		{"heading-bullets", func(n int) string { return "# T\n\n" + strings.Repeat("- # -\n", n) }},
		{"heading-bullets-one-line", func(n int) string { return "# T\n\n" + strings.Repeat("- # ", n) + "\n" }},
		{"open-shortcodes", func(n int) string { return "# T\n\n" + strings.Repeat("{{< hint info >}}\nx: y\n\n", n) }},
		{"grid-rows-unclosed", func(n int) string { return "# T\n\n" + strings.Repeat("+---+---+\n| a | b |\n", n) + "\n" }},
		{"grid-rows-blank-row", func(n int) string { return "# T\n\n" + strings.Repeat("+---+---+\n| a | b |\n", n) + "|   |   |\n" }},
		{"acrostic-paragraphs", func(n int) string { return "# T\n\n" + strings.Repeat("D - descendre\n\n", n) }},
		{"property-lines", func(n int) string { return "# T\n\n" + strings.Repeat("O: Observed, E: Expected\n", n) }},
		{"br-lines", func(n int) string { return "# T\n\nt: " + strings.Repeat("a<br>", n) + "\n" }},
		{"open-table-rows", func(n int) string { return "# T\n\nt: " + strings.Repeat("<tr><td>a</td>", n) + "\n" }},
		{"link-definitions", func(n int) string { return "# T\n\n" + strings.Repeat("[a]: /u\n", n) }},
		{"lettered-parts-unanswered", func(n int) string { return "# T\n\n" + strings.Repeat("a) intent\n\t- a point\n", n) }},
		{"row-remarks", func(n int) string { return "# T\n\n| a | b |\n|---|---|\n" + strings.Repeat("| x | y | z\n", n) }},
		{"pasted-list", func(n int) string {
			var s strings.Builder
			for i := range n {
				fmt.Fprintf(&s, "- Nucleus%d: holds DNA %d\n", i, i)
			}
			return "# T\n\n" + s.String() + "\nSome text.\n\n" + s.String()
		}},
		{"pasted-list-new-answers", func(n int) string {
			var s, t strings.Builder
			for i := range n {
				fmt.Fprintf(&s, "- Nucleus%d: holds DNA %d\n", i, i)
				fmt.Fprintf(&t, "- Nucleus%d: other %d\n", i, i)
			}
			return "# T\n\n" + s.String() + "\nSome text.\n\n" + t.String()
		}},
		{"property-paragraph", func(n int) string {
			var s strings.Builder
			for i := range n {
				fmt.Fprintf(&s, "key:: value %d\n", i)
			}
			return "# T\n\n" + s.String()
		}},
		{"lazy-labels", func(n int) string {
			var s strings.Builder
			for i := range n {
				fmt.Fprintf(&s, "- MRSA%d: vancomycin\nAb: c\n", i)
			}
			return "# T\n\n## One\n\n" + s.String()
		}},
		{"long-item", func(n int) string {
			return "# N\n\n## One\n\n- Start of the item\n" + lines(n, func(i int) string {
				return fmt.Sprintf("  continued text of one long list item, part %d, with more words to wrap around the column\n", i)
			})
		}},
		{"nested-clozes", func(n int) string {
			return "# T\n\n" + strings.Repeat("{{c1::", n) + "a" + strings.Repeat("}}", n) + "\n"
		}},
		{"unclosed-clozes", func(n int) string { return "# T\n\n" + strings.Repeat("{{c1::a {{ ", n) + "}}\n" }},
		{"item-clozes", func(n int) string {
			return "# T\n\n- Term: " + strings.Repeat("{{c1::", n) + "a" + strings.Repeat("}}", n) + "\n"
		}},
		{"sr-clozes-one-line", func(n int) string {
			return "# N\n\n## S\n\nThe " + strings.Repeat("{@{w}@} and ", n) + "is Paris\n"
		}},
		{"katex-pairs-one-line", func(n int) string {
			return "# N\n\n## S\n\nArea: " + strings.Repeat("{{< katex >}}r^2{{</ katex >}} ", n) + "\n"
		}},
		{"hint-pairs-one-line", func(n int) string {
			return "# N\n\n## S\n\nArea: " + strings.Repeat("{{< hint >}}r^2{{< /hint >}} ", n) + "\n"
		}},
		{"katex-unclosed-one-line", func(n int) string {
			return "# N\n\n## S\n\nArea: " + strings.Repeat("{{< katex >}}r^2 ", n) + "\n"
		}},
		{"shared-aspect-labels", func(n int) string {
			return lines(n, func(i int) string {
				return fmt.Sprintf("## Nerve %d\n- Motor: flexion %d\n- Sensory: skin %d\n", i, i, i)
			})
		}},
		{"property-run", func(n int) string {
			return "# N\n\n" + lines(n, func(i int) string { return fmt.Sprintf("p%d:: v%d\n", i, i) }) + "\n- T:: d\n"
		}},
		{"labelled-sections", func(n int) string {
			return "# D\n\n" + lines(n, func(i int) string { return fmt.Sprintf("## H%d\n- T%d: d\n\n", i, i) })
		}},
		{"bare-pipe-rows", func(n int) string {
			return "# D\n\n## P\n\nsingulier | pluriel\n" + lines(n, func(i int) string { return fmt.Sprintf("-eau beau%d | -eaux beaux%d\n", i, i) })
		}},
		{"repeated-labelled-paragraphs", func(n int) string {
			return "# G\n\n" + lines(n, func(i int) string {
				return fmt.Sprintf("Process tensor: vector process %d\n**Theorem**\ntensor frame %d -\n\n", i, i/2)
			})
		}},
		{"placeholder-script-list", func(n int) string {
			return "# G\n\n" + strings.Repeat("- x <script> - lemma entropy\n- git branch <name> -> creates the branch\n\n", n)
		}},
		{"where-symbols-one-line", func(n int) string {
			var s strings.Builder
			s.WriteString("# G\n\n$$C=q$$\nWhere ")
			for i := range n {
				if i > 0 {
					s.WriteString(" and ")
				}
				fmt.Fprintf(&s, "$q%d$ is the thing %d", i, i)
			}
			return s.String() + ".\n"
		}},
		{"merged-rows", func(n int) string {
			return "# T\n\n| Name | V | W | X |\n|---|---|---|---|\n| A | v | w | x |\n" + lines(n, func(i int) string { return fmt.Sprintf("|  | v%d | w%d | x%d |\n", i, i, i) })
		}},
		{"sr-cards-touching", func(n int) string {
			return "# N\n\n" + strings.Repeat("What?\n?\nThey ==render==.\n<!--SR:!2023-12-19,4,290-->\n", n)
		}},
		{"condition-lines", func(n int) string {
			return "# T\n\n## S\n" + strings.Repeat("$H_0$ is rejected if the statistic falls in the region.\n", n)
		}},
		{"stray-footnotes", func(n int) string {
			return "# T\n\n## S\n- item\n" + strings.Repeat("[^2]: From the open textbook, chapter 15.\n", n)
		}},
		{"mnemonic-sections", func(n int) string {
			return lines(n, func(i int) string {
				return fmt.Sprintf("# Poisoning %d\n### Effects (DUMB) %d\n- **D**: Diarrhea\n- **U**: Urination\n- **M**: Miosis\n\n", i, i)
			})
		}},
		{"spaced-images-in-code", func(n int) string {
			return "# T\n\nt: " + strings.Repeat("![](a b.txt) `![](c d.png)` ](e f.png) ", n) + "\n"
		}},
		{"named-formula-lines", func(n int) string {
			return "# E\n\n## O\n" + lines(n, func(i int) string { return fmt.Sprintf("amp%d $V_o=-(V_1+V_%d)$\n", i, i) })
		}},
		{"backtick-runs", func(n int) string {
			var s strings.Builder
			s.WriteString("# T\n\n")
			for i := range n {
				s.WriteString(strings.Repeat("`", 1+i%50) + "x ")
			}
			return s.String() + "\n"
		}},
	} {
		for _, n := range []int{2000, 20000} {
			src := []byte(c.make(n))
			b.Run(fmt.Sprintf("%s/n=%d", c.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					if _, err := Parse("rewrites.md", src, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
