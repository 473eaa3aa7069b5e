package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestHashtags: a paragraph of Obsidian #tags alone tags every card of the
// note and is no card's content, in the cards or on the cheat sheet.
func TestHashtags(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		chunk    int      // Options.chunkBytes: cut the note into chunks
		want     []string // the tags every card gets after the heading path's
	}{
		{"end of note", "# P\n\n## A\n- x: y\n\n#python #basics/loops\n", 0, []string{"python", "basics::loops"}},
		{"label and commas", "Tags: #a, #b-c, #d_1\n\n# P\n\n- x: y\n", 0, []string{"a", "b-c", "d_1"}},
		{"chunks", "#top\n\n# P\n\n- x: y\n\n# Q\n\n- z: w\n\n#top #end\n", 8, []string{"top", "end"}},
		{"dashes and an empty label", "# P\n\n- x: y\n\n---\ntags: #Circuits - #Physics/Electromagnetism \nlinks:\n", 0, []string{"Circuits", "Physics::Electromagnetism"}},
		{"not all tags", "# P\n\n- x: y\n\n#python is fun\n", 0, nil},
		{"digits only", "# P\n\n- x: y\n\n#1 #2024\n", 0, nil},
		{"bad slash", "# P\n\n- x: y\n\n#a/ #b\n", 0, nil},
		{"code", "# P\n\n- x: y\n\n`#python`\n", 0, nil},
		{"heading", "# P\n\n- x: y\n\n# python\n", 0, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("n.md", []byte(tt.in), Options{chunkBytes: tt.chunk})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Cards) == 0 {
				t.Fatal("no cards")
			}
			var outline strings.Builder
			dumpOutline(d.Outline, "", &outline)
			for _, c := range d.Cards {
				// The heading path's tag comes first, the note's #tags after it.
				if got := c.Tags[1:]; !slices.Equal(got, tt.want) && (len(got) > 0 || tt.want != nil) {
					t.Errorf("card %q: tags %q, want the heading path's and %q", c.Front, c.Tags, tt.want)
				}
				if tt.want != nil && strings.Contains(c.Front+c.Back+outline.String(), "#") {
					t.Errorf("card %q / %q or the outline shows the tag line:\n%s", c.Front, c.Back, outline.String())
				}
			}
		})
	}
}

// TestHashtagsAnkiNesting: a tag nested as Anki writes it, "#bio::cells",
// ends a card's line as "#bio/cells" does: it tags that card, leaves its
// sides, and its "::" splits nothing (hashtag-anki-nesting.txtar holds the
// cards).
func TestHashtagsAnkiNesting(t *testing.T) {
	src := "# Cells\n\n- Osmosis: water moves #bio::cells::transport #exam\n\nMeiosis :: halves the chromosome number #bio::cells\n\n" +
		"The {{c1::nucleus}} holds the DNA #bio::cells\n\n- What moves water? #bio::cells\n  - osmosis\n"
	want := [][]string{{"Cells", "bio::cells::transport", "exam"}, {"Cells", "bio::cells"}, {"Cells", "bio::cells"}, {"Cells", "bio::cells"}}
	d, err := Parse("n.md", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Cards) != len(want) {
		t.Fatalf("%d cards, want %d", len(d.Cards), len(want))
	}
	for i, c := range d.Cards {
		if !slices.Equal(c.Tags, want[i]) || strings.Contains(c.Front+c.Back, "#") {
			t.Errorf("card %q / %q: tags %q, want %q and no tag shown", c.Front, c.Back, c.Tags, want[i])
		}
	}
}

// TestHashtagsCap: a note of thousands of tag lines tags its cards with the
// first maxHashtags of them, and says so.
func TestHashtagsCap(t *testing.T) {
	var src strings.Builder
	src.WriteString("# P\n\n- x: y\n\n")
	for i := range maxHashtags + 5 {
		fmt.Fprintf(&src, "#t%d\n\n", i)
	}
	d, err := Parse("n.md", []byte(src.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(d.Cards[0].Tags); got != 1+maxHashtags {
		t.Errorf("%d tags, want the heading path's and %d", got, maxHashtags)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0].Msg, "105 #tags") {
		t.Errorf("warnings %v, want one about 105 #tags", d.Warnings)
	}
}

func TestObsidianTag(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"#python", "python", true},
		{"#a/b/c", "a::b::c", true},
		{"#été_2024", "été_2024", true},
		{"#y1984", "y1984", true},
		{"#1984", "", false},
		{"#", "", false},
		{"python", "", false},
		{"#a//b", "", false},
		{"#/a", "", false},
		{"#a.b", "", false},
		{"##a", "", false},
		{"#bio::cells", "bio::cells", true},
		{"#bio::cells/membrane", "bio::cells::membrane", true},
		{"#a:::b", "", false},
		{"#a::::b", "", false},
		{"#::a", "", false},
		{"#a::", "", false},
		{"#a:b", "", false},
	} {
		got, ok := obsidianTag(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("obsidianTag(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestTrailingTags: tags that end a card's front tag that card and leave the
// front and the cheat sheet; #card and #flashcards only mark a card.
func TestTrailingTags(t *testing.T) {
	for _, tt := range []struct {
		name, in    string
		front       string
		sheet, gone string   // in the outline's dump, and not
		tags        []string // the card's tags after the heading path's
	}{
		{"logseq", "# P\n\n- What is ATP? #card\n  - energy currency\n", "What is ATP?", "- What is ATP? @3", "#card", nil},
		{"topics", "# P\n\n- Osmosis #bio/cells #exam\n  - water across a membrane\n", "Osmosis", "- Osmosis @3", "#", []string{"bio::cells", "exam"}},
		{"after bold", "# P\n\n- **Osmosis** #flashcards\n  - water across a membrane\n", "Osmosis", "- *Osmosis* @3", "#", nil},
		{"number", "# P\n\n- Issue #42: fixed in May\n", "Issue #42", "{Issue #42}: fixed in May", "", nil},
		{"tags alone", "# P\n\n- #card\n  - water across a membrane\n", "#card", "- #card @3", "", nil},
		{"inside", "# P\n\n- #1 cause of delay: weather\n", "#1 cause of delay", "{#1 cause of delay}: weather", "", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("n.md", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Cards) != 1 {
				t.Fatalf("%d cards, want 1: %+v", len(d.Cards), d.Cards)
			}
			c := d.Cards[0]
			if c.Front != tt.front {
				t.Errorf("front %q, want %q", c.Front, tt.front)
			}
			if got := c.Tags[1:]; !slices.Equal(got, tt.tags) && (len(got) > 0 || tt.tags != nil) {
				t.Errorf("tags %q, want the heading path's and %q", c.Tags, tt.tags)
			}
			var outline strings.Builder
			dumpOutline(d.Outline, "", &outline)
			if !strings.Contains(outline.String(), tt.sheet) || tt.gone != "" && strings.Contains(outline.String(), tt.gone) {
				t.Errorf("outline should show %q and not %q:\n%s", tt.sheet, tt.gone, outline.String())
			}
		})
	}
}

// TestPropertyBlock: a Notion page's properties under its title are neither
// cards nor on the cheat sheet; lines like them elsewhere, or without a
// time stamp or date key, are the note's own.
func TestPropertyBlock(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		dropped  bool
	}{
		{"notion", "# P\n\nCreated: September 14, 2023 10:12 AM\nType: Lecture\n\n## A\n- x: y\n", true},
		{"no title", "Last edited time: March 3, 2024 9:05 PM\nClass: BIO 101\n\n## A\n- x: y\n", true},
		{"date key", "# P\n\nCreated: 2023-09-14\nStatus: Done\n\n## A\n- x: y\n", true},
		{"dates only", "# P\n\nD-Day: June 6, 1944\nVE Day: May 8, 1945\n\n## A\n- x: y\n", false},
		{"not first", "# P\n\nIntro.\n\nCreated: September 14, 2023 10:12 AM\nType: Lecture\n\n## A\n- x: y\n", false},
		{"lower key", "# P\n\nCreated: September 14, 2023 10:12 AM\nsee: Lecture\n\n## A\n- x: y\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("n.md", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			dumpOutline(d.Outline, "", &all)
			for _, c := range d.Cards {
				all.WriteString(c.Front + "\n" + c.Back + "\n")
			}
			if got := !strings.Contains(all.String(), "Created") && !strings.Contains(all.String(), "Last edited") && !strings.Contains(all.String(), "D-Day"); got != tt.dropped {
				t.Errorf("dropped = %v, want %v; cards and outline:\n%s", got, tt.dropped, all.String())
			}
		})
	}
}

// TestNoteTitle: the H1 that opens a note, after banners and intro
// paragraphs, is its title and names its deck, also when the note is cut
// into chunks; an H1 after a list or another heading heads a section, and
// so do H1s side by side unless the first heads only paragraphs; a
// sentence or a template's "Overview", numbered or not, names neither the deck nor the sheet,
// which the front matter's title names then. A title written as a wikilink,
// "# [[AI Lecture 11 Notes]]", names them by its text.
func TestNoteTitle(t *testing.T) {
	banner := "![badge](https://example.com/b.svg)\n\nSome intro line.\n\n<p align=\"center\">logo</p>\n\n"
	for _, tt := range []struct {
		name, in    string
		title, deck string
	}{
		{"first", "# Cells\n\n- a: b\n", "Cells", "Cells"},
		{"after banner", banner + "# Cells\n\n## A\n\n- a: b\n", "Cells", "Cells"},
		{"after a list", "- x: y\n\n# Overview\n\n- a: b\n", "biology", "biology"},
		{"after a heading", "## Intro\n\nText.\n\n# Cells\n\n- a: b\n", "biology", "biology"},
		{"template", "# Overview\n\n- a: b\n", "biology", "biology"},
		{"intro", "# Intro\n\n- a: b\n", "biology", "biology"},
		{"sentence", "# " + strings.Repeat("word ", 30) + "\n\n- a: b\n", "biology", "biology"},
		{"none", "Just text.\n\n- a: b\n", "biology", "biology"},
		{"sibling H1s", "# Atenolol\n\n- mx: b1 blocker\n\n# Metoprolol\n\n- class: b1-selective\n", "biology", "biology"},
		{"front matter title", "---\ntitle: libvirt & KVM\n---\n\n## Install\n\n- a: b\n", "libvirt & KVM", "libvirt & KVM"},
		{"front matter title in HTML", "---\ntitle: Notes on <i>AP Art History</i> &amp; a < b\n---\n\n## Art\n\n- a: b\n", "Notes on AP Art History & a < b", "Notes on AP Art History & a < b"},
		{"front matter title under Overview", "---\ntitle: Week 3\n---\n# Overview\n\n- a: b\n", "Week 3", "Week 3"},
		{"front matter title under numbered parts", "---\ntitle: Business Law Part 4\n---\n# 1 Overview\n\nText.\n\n# 2 Limitations\n\n- a: b\n", "Business Law Part 4", "Business Law Part 4"},
		{"front matter title under 1. Overview", "---\ntitle: Week 3\n---\n# 1. Overview\n\n- a: b\n", "Week 3", "Week 3"},
		{"numbered title", "# 7 Habits\n\n- a: b\n", "7 Habits", "7 Habits"},
		{"H1 over front matter title", "---\ntitle: Week 3\n---\n# Cells\n\n- a: b\n", "Cells", "Cells"},
		{"TOML front matter title", "+++\ntitle = 'Vocab'\ndate = 2024-02-11\n[params]\ntitle = 'no'\n+++\n\n- a: b\n", "Vocab", "Vocab"},
		{"front matter deck", "---\ntitle: Week 3\ndeck: Bio\n---\n- a: b\n", "Week 3", "Bio"},
		{"wikilink title", "---\ntags:\n  - Notes\n---\n\n---\n# [[AI Lecture 11 Notes]]\n\n## Trees\n\n- a: b\n", "AI Lecture 11 Notes", "AI Lecture 11 Notes"},
		{"wikilinks in a title", "# The [[Binary Operation]] of a [[Groups#Cyclic|Cyclic Group]]\n\n- a: b\n", "The Binary Operation of a Cyclic Group", "The Binary Operation of a Cyclic Group"},
		{"page title over H1 sections", "# Week 3\n\nCreated: September 14, 2023 10:12 AM\n\n# Overview\n\n- a: b\n\n# Terms\n\n- c: d\n", "Week 3", "Week 3"},
	} {
		for _, chunk := range []int{0, 8} {
			t.Run(fmt.Sprintf("%s/chunk=%d", tt.name, chunk), func(t *testing.T) {
				d, err := Parse("notes/biology.md", []byte(tt.in), Options{chunkBytes: chunk})
				if err != nil {
					t.Fatal(err)
				}
				if d.Title != tt.title || d.Name != tt.deck {
					t.Errorf("title %q, deck %q; want %q, %q", d.Title, d.Name, tt.title, tt.deck)
				}
			})
		}
	}
}

// TestCleanName: a file name becomes valid UTF-8 without control
// characters, as a deck, a tag and a field need.
func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"biology":     "biology",
		"bad\xff":     "bad\uFFFD",
		"ctl\x1b[31m": "ctl [31m",
		"日本語":         "日本語",
	} {
		if got := CleanName(in); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", in, got, want)
		}
	}
}
