package extract

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestFrontMatterTags: the tags of a note's front matter, as a list, a
// string or TOML. An empty list item (the "- " Obsidian leaves when a tag is
// deleted) or a null is dropped, a date stays as written; an item that is a
// mapping or a list is an error naming its own line, as a value that is no
// list or string names its key's.
func TestFrontMatterTags(t *testing.T) {
	for _, tc := range []struct {
		name, fm string
		want     []string
		line     int // of the error; 0: none
	}{
		{"list", "---\ntags:\n  - biology\n  - exam 1\n---\n", []string{"biology", "exam_1"}, 0},
		{"empty item", "---\ntags:\n  - \n  - biology\n---\n", []string{"biology"}, 0},
		{"null items", "---\ntags: [a, ~, null, b]\n---\n", []string{"a", "b"}, 0},
		{"only an empty item", "---\ntags:\n  -\n---\n", nil, 0},
		{"date", "---\ntags:\n  - 2024-01-01\n  - 1.50\n---\n", []string{"2024-01-01", "1.50"}, 0},
		{"hash", "---\ntags: ['#python', loops]\n---\n", []string{"python", "loops"}, 0},
		{"string", "---\ntags: a, b\n---\n", []string{"a", "b"}, 0},
		{"comma string", "---\ntags: biology, cell bio,exam\n---\n", []string{"biology", "cell_bio", "exam"}, 0},
		{"space string", "---\ntags: biology  exam\n---\n", []string{"biology", "exam"}, 0},
		{"toml", "+++\ntags = ['a', 'b']\n+++\n", []string{"a", "b"}, 0},
		{"mapping item", "---\ntitle: Cells\ntags:\n  - \n  - biology\n  - {unit: 3}\n---\n", nil, 6},
		{"list item", "---\ntags:\n  - [x, y]\n---\n", nil, 3},
		{"block mapping item", "---\ntags:\n  - a\n  - unit: 3\n    week: 2\n---\n", nil, 4},
		{"number", "---\ntags: 42\n---\n", nil, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("fm.md", []byte(tc.fm+"# Cells\n\n- Nucleus: holds the DNA\n"), Options{})
			if tc.line != 0 {
				var e *Error
				if !errors.As(err, &e) || e.Pos.Line != tc.line {
					t.Fatalf("error %v, want an *Error on line %d", err, tc.line)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(d.Tags, tc.want) {
				t.Errorf("tags %q, want %q", d.Tags, tc.want)
			}
		})
	}
}

// TestFrontMatterTagsKind: a value of "tags:" that is no list or string is
// named as the note wrote it, not by its Go type.
func TestFrontMatterTagsKind(t *testing.T) {
	for fm, want := range map[string]string{
		"---\ntags: 42\n---\n":         "fm.md:2: front matter: tags: want a list or a string, got a number",
		"---\ntags: .nan\n---\n":       "fm.md:2: front matter: tags: want a list or a string, got a number",
		"---\ntags: 2024-01-01\n---\n": "fm.md:2: front matter: tags: want a list or a string, got a date",
		"---\ntags: {unit: 3}\n---\n":  "fm.md:2: front matter: tags: want a list or a string, got a mapping",
		"---\ntags: yes\n---\n":        "",
		"---\ntags: true\n---\n":       "fm.md:2: front matter: tags: want a list or a string, got true or false",
	} {
		_, err := Parse("fm.md", []byte(fm+"# Cells\n\n- Nucleus: holds the DNA\n"), Options{})
		if got := fmt.Sprint(err); want != "" && got != want || want == "" && err != nil {
			t.Errorf("%q: error %q, want %q", fm, got, want)
		}
	}
}

// TestFrontMatterDeckKind: a deck YAML reads as a number, a date or true
// is named as written; an empty one or one of another kind is an error
// that says so, not "deck must be a non-empty string" of "deck: 2024".
func TestFrontMatterDeckKind(t *testing.T) {
	for fm, want := range map[string]string{
		"---\ndeck: 2024\n---\n":       "2024",
		"---\ndeck: 101\n---\n":        "101",
		"---\ndeck: 2024-01-01\n---\n": "2024-01-01",
		"---\ndeck: 1.10\n---\n":       "1.10",
		"---\ndeck: \"Bio\"\n---\n":    "Bio",
		"---\ndeck:\n---\n":            "fm.md:2: front matter: deck: no name (give one, or remove the line)",
		"---\ndeck: \" \"\n---\n":      "fm.md:2: front matter: deck: no name (give one, or remove the line)",
		"---\ndeck: [a, b]\n---\n":     "fm.md:2: front matter: deck: want a name, got a list",
		"---\ndeck: {a: b}\n---\n":     "fm.md:2: front matter: deck: want a name, got a mapping",
	} {
		d, err := Parse("fm.md", []byte(fm+"# Cells\n\n- Nucleus: holds the DNA\n"), Options{})
		if got := fmt.Sprint(err); strings.HasPrefix(want, "fm.md:") && got != want || !strings.HasPrefix(want, "fm.md:") && (err != nil || d.Name != want) {
			t.Errorf("%q: deck %q, error %q, want %q", fm, d.Name, got, want)
		}
	}
}

// TestFrontMatterLongTag: a tag of more than MaxDeckName characters, a
// paragraph pasted into "tags:", is left out with one warning at its line,
// and the other tags, the title's and the headings' are kept on every card
// (they were all cut, with a warning for each card); a tag of the limit is
// kept.
func TestFrontMatterLongTag(t *testing.T) {
	long, fits := strings.Repeat("w", 30000), strings.Repeat("é", MaxDeckName)
	src := "---\ntags: [" + long + ", bio, " + fits + "]\n---\n# Cells\n## Parts\n- Nucleus: holds the DNA\n- Ribosome: builds proteins\n"
	d, err := Parse("fm.md", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Tags, []string{"bio", fits}) {
		t.Errorf("tags %.40q, want bio and the tag of %d characters", d.Tags, MaxDeckName)
	}
	var msgs []string
	for _, w := range d.Warnings {
		msgs = append(msgs, w.String())
	}
	want := "fm.md:2: front matter: tags: a tag of 30000 characters left out: too long for a tag (limit 1000)"
	if len(msgs) != 1 || msgs[0] != want {
		t.Errorf("warnings %q, want %q", msgs, want)
	}
	for _, c := range d.Cards {
		if !slices.Contains(c.Tags, "bio") || c.Front == "Nucleus" && !slices.Contains(c.Tags, "Cells::Parts") {
			t.Errorf("card %q tagged %.60q", c.Front, c.Tags)
		}
	}
}

// TestFrontMatterUnclosed: settings under an opening "---" that nothing
// closes ("title: …", "author: …") are read as a front matter, up to the
// first line that is no key, with a warning on line 1, and make no cards;
// keys that are no settings ("Osmosis: …") are read as text, with a
// warning; a "---" over text or a blank line is a thematic break, without
// one. A "---" further down, a rule of the note, closes nothing: the note
// above it is kept.
func TestFrontMatterUnclosed(t *testing.T) {
	body := "# Cells\n\n- Nucleus: holds the DNA\n"
	text := `front matter not closed: read as text (end it with a "---" line)`
	keys := func(n int) string {
		return fmt.Sprintf(`front matter not closed: its keys end on line %d (end them with a "---" line)`, n)
	}
	for _, tc := range []struct {
		name, src string
		warn      string   // on line 1; "": none
		fronts    []string // fronts among the cards'; no setting is one
	}{
		{"keys", "---\ndeck: Biology\ntags: [exam]\n\n" + body, keys(3), []string{"Nucleus"}},
		{"keys to the end", "---\ndeck: Biology\ntags:\n  - exam\n", keys(4), nil},
		{"settings over a heading", "---\ntype: lecture\nweek: 3\nLecturer: Dr Smith\n" + body, keys(4), []string{"Nucleus"}},
		{"settings over text", "---\nauthor: Jane Doe\nsource: https://example.com\n- Nucleus: holds the DNA\n", keys(3), []string{"Nucleus"}},
		{"settings over a rule", "---\nauthor: Jane Doe\n\n" + body + "\n---\n\n- Ribosome: builds proteins\n", keys(2), []string{"Nucleus", "Ribosome"}},
		{"definitions", "---\nCells: the smallest unit of life\nOsmosis: water crossing a membrane\n\n" + body, text, []string{"Cells", "Osmosis", "Nucleus"}},
		{"closed", "---\ndeck: Biology\n---\n" + body, "", []string{"Nucleus"}},
		{"rule over a blank line", "---\n\n" + body, "", []string{"Nucleus"}},
		{"rule over text", "---\nCells in water swell.\n\n" + body, "", []string{"Nucleus"}},
		{"rule over a heading", "---\n" + body, "", []string{"Nucleus"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("fm.md", []byte(tc.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var warns []string
			for _, w := range d.Warnings {
				if strings.Contains(w.Msg, "front matter") {
					warns = append(warns, fmt.Sprintf("%d: %s", w.Pos.Line, w.Msg))
				}
			}
			if want := []string{"1: " + tc.warn}; tc.warn == "" && len(warns) > 0 || tc.warn != "" && !slices.Equal(warns, want) {
				t.Errorf("warnings %q, want %q", warns, tc.warn)
			}
			var fronts []string
			for _, c := range d.Cards {
				fronts = append(fronts, c.Front)
			}
			for _, f := range tc.fronts {
				if !slices.Contains(fronts, f) {
					t.Errorf("fronts %q, want %q among them", fronts, f)
				}
			}
			for _, key := range []string{"deck", "tags", "type", "week", "Lecturer", "author", "source"} {
				if slices.Contains(fronts, key) {
					t.Errorf("fronts %q: the setting %q is a card", fronts, key)
				}
			}
		})
	}
}

// TestFrontMatterManyKeys: a front matter with a mapping of more than
// maxYAMLKeys keys, at its top or nested, is not decoded (the YAML decoder
// compares every key with every other: 80,000 keys took 30 s) but warned
// about at the mapping's line, and the note's cards are still made; a
// mapping of fewer keys is read.
func TestFrontMatterManyKeys(t *testing.T) {
	keys := func(n int, indent string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%sk%d: v\n", indent, i)
		}
		return b.String()
	}
	body := "# Cells\n\n- Nucleus: holds the DNA\n"
	for _, tc := range []struct {
		name, fm string
		line     int // of the warning; 0: none
	}{
		{"top", "---\n" + keys(20000, "") + "---\n", 2},
		{"nested", "---\ndeck: Bio\nextra:\n" + keys(20000, "  ") + "---\n", 4},
		{"flow", "---\ndeck: Bio\nextra: {" + strings.ReplaceAll(strings.TrimSuffix(keys(5000, ""), "\n"), "\n", ", ") + "}\n---\n", 3},
		{"unclosed", "---\n" + keys(20000, "") + "\n", 1},
		{"a few", "---\ndeck: Bio\n" + keys(maxYAMLKeys-1, "") + "---\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("fm.md", []byte(tc.fm+body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(d.Cards, func(c Card) bool { return c.Front == "Nucleus" }) {
				t.Errorf("the note's card is lost: %d cards", len(d.Cards))
			}
			var lines []int
			for _, w := range d.Warnings {
				if strings.Contains(w.Msg, "front matter") {
					lines = append(lines, w.Pos.Line)
				}
			}
			if tc.line == 0 && len(lines) > 0 || tc.line != 0 && !slices.Equal(lines, []int{tc.line}) {
				t.Errorf("front matter warnings on lines %v, want %d (0: none)", lines, tc.line)
			}
		})
	}
}

// TestFrontMatterTOMLWarnings: a TOML front matter whose closing "+++" is
// missing, or whose title, deck, tags or reverse has a value notes2deck
// cannot read (a list over several lines, a bare word), is a warning at its
// line, as a YAML one is; before, both were silent and the settings lost.
func TestFrontMatterTOMLWarnings(t *testing.T) {
	body := "- house - casa\n"
	for _, tc := range []struct {
		name, fm string
		line     int // of the warning; 0: none
		want     string
	}{
		{"read", "+++\ntitle = 'Vocab'\ntags = [\"a1\"]\n+++\n", 0, ""},
		{"unclosed", "+++\ntitle = 'Vocab'\n\n", 1, `front matter not closed: read as text (end it with a "+++" line)`},
		{"list over lines", "+++\ntitle = 'Vocab'\ntags = [\"a1\",\n  \"b2\"]\n+++\n", 3, `front matter: tags = ["a1", is not read`},
		{"bare word", "+++\ndeck = Spanish\n+++\n", 2, "front matter: deck = Spanish is not read"},
		{"other key", "+++\ndate = 2024-01-01\n+++\n", 0, ""},
		{"a rule over text", "+++\nSome text.\n", 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("fm.md", []byte(tc.fm+body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []Warning
			for _, w := range d.Warnings {
				if strings.Contains(w.Msg, "front matter") {
					got = append(got, w)
				}
			}
			if tc.line == 0 {
				if len(got) > 0 {
					t.Errorf("warnings %v, want none", got)
				}
				return
			}
			if len(got) != 1 || got[0].Pos.Line != tc.line || got[0].Pos.File != "fm.md" || !strings.HasPrefix(got[0].Msg, tc.want) {
				t.Errorf("warnings %v, want one at fm.md:%d: %s…", got, tc.line, tc.want)
			}
		})
	}
}

// TestFrontMatterJSON: Hugo's JSON front matter, an object between a "{"
// line opening the note and a "}" line, names the deck and tags its cards
// as a YAML one does, and its mistakes are named at their file lines; a
// "{" over text that is not JSON is read as text (before, every JSON front
// matter was, and asked "\"title\"" with the answer "\"Vocab\",").
func TestFrontMatterJSON(t *testing.T) {
	body := "## Words\n\n- Hola: hello\n"
	for _, tc := range []struct {
		name, fm  string
		deck      string
		tags      string // of the card "Hola"
		cards     int
		line      int // of the error or warning; 0: none
		want, err string
	}{
		{name: "read", fm: "{\n  \"title\": \"Vocab\",\n  \"tags\": [\"a1\", \"b2\"],\n  \"params\": {\"x\": 1}\n}\n\n",
			deck: "Vocab", tags: "a1 b2 fm::Words", cards: 2},
		{name: "deck", fm: "{\n  \"deck\": \"Spanish\"\n}\n", deck: "Spanish", tags: "fm::Words", cards: 2},
		{name: "key twice", fm: "{\n  \"title\": \"A\",\n  \"title\": \"B\"\n}\n", deck: "fm", tags: "fm::Words", cards: 2,
			line: 3, want: `front matter is not valid, so its settings are not used: unmarshal errors: mapping key "title" already defined at line 2`},
		{name: "tag item a mapping", fm: "{\n  \"tags\": [\n    \"a1\",\n    {\"unit\": 3}\n  ]\n}\n",
			line: 4, err: "fm.md:4: front matter: tags: want a tag in each item, got a mapping"},
		{name: "not json", fm: "{\nnot json\n}\n\n", deck: "fm", tags: "fm::Words", cards: 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("fm.md", []byte(tc.fm+body), Options{})
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Fatalf("error %v, want %s", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Name != tc.deck || len(d.Cards) != tc.cards {
				t.Errorf("deck %q, %d cards %v; want %q, %d cards", d.Name, len(d.Cards), d.Cards, tc.deck, tc.cards)
			}
			for _, c := range d.Cards {
				if c.Front == "Hola" && strings.Join(c.Tags, " ") != tc.tags {
					t.Errorf("tags %q, want %q", c.Tags, tc.tags)
				}
			}
			var got []Warning
			for _, w := range d.Warnings {
				if strings.Contains(w.Msg, "front matter") {
					got = append(got, w)
				}
			}
			if tc.line == 0 && len(got) > 0 || tc.line > 0 && (len(got) != 1 || got[0].Pos.Line != tc.line || got[0].Msg != tc.want) {
				t.Errorf("warnings %v, want one at line %d: %q", got, tc.line, tc.want)
			}
		})
	}
}
