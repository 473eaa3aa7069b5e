package apkg

import (
	"archive/zip"
	"bytes"
	"database/sql"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/exporters/exportertest"
	"github.com/notes2deck/notes2deck/extract"
)

const testTime = 1790000000 // 2026-09-21

func TestConformance(t *testing.T) {
	exportertest.Run(t, Exporter{Time: testTime, TempDir: t.TempDir()}, readBack)
}

// pkg is an unpacked package: its collection opened read-only, and its zip.
type pkg struct {
	db    *sql.DB
	zip   *zip.Reader
	media map[string]string
}

// open unpacks an exported package for inspection.
func open(t *testing.T, out []byte) *pkg {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatalf("read zip: %v", err)
	}
	p := &pkg{zip: zr}
	read := func(name string) []byte {
		f, err := zr.Open(name)
		if err != nil {
			t.Fatalf("zip entry %s: %v", name, err)
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			t.Fatalf("zip entry %s: %v", name, err)
		}
		return b
	}
	path := filepath.Join(t.TempDir(), "collection.anki2")
	if err := os.WriteFile(path, read("collection.anki2"), 0o600); err != nil {
		t.Fatal(err)
	}
	if p.db, err = sql.Open("sqlite", path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.db.Close() })
	if err := json.Unmarshal(read("media"), &p.media); err != nil {
		t.Fatalf("media map: %v", err)
	}
	return p
}

// readBack is the conformance suite's view of a package: notes with their
// note type and deck names resolved through col.models and col.decks.
func readBack(t *testing.T, out []byte) []exportertest.Note {
	p := open(t, out)
	var modelsJS, decksJS string
	if err := p.db.QueryRow("SELECT models, decks FROM col").Scan(&modelsJS, &decksJS); err != nil {
		t.Fatalf("read col: %v", err)
	}
	var models map[string]struct {
		Name string
		Flds []struct{ Name string }
	}
	var decks map[string]struct{ Name string }
	if err := json.Unmarshal([]byte(modelsJS), &models); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(decksJS), &decks); err != nil {
		t.Fatal(err)
	}
	rows, err := p.db.Query(`SELECT n.guid, n.mid, n.flds, n.tags, (SELECT did FROM cards WHERE nid = n.id ORDER BY ord LIMIT 1)
		FROM notes n ORDER BY n.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var notes []exportertest.Note
	for rows.Next() {
		var guid, mid, flds, tags, did string
		if err := rows.Scan(&guid, &mid, &flds, &tags, &did); err != nil {
			t.Fatal(err)
		}
		m := models[mid]
		n := exportertest.Note{GUID: guid, Notetype: m.Name, Deck: decks[did].Name, Fields: map[string]string{}, Tags: strings.Fields(tags)}
		vals := strings.Split(flds, "\x1f")
		if len(vals) != len(m.Flds) {
			t.Errorf("note %s: %d fields, note type has %d", guid, len(vals), len(m.Flds))
		}
		for i, f := range m.Flds {
			if i < len(vals) {
				n.Fields[f.Name] = vals[i]
			}
		}
		notes = append(notes, n)
	}
	return notes
}

// export runs e on decks and returns the package bytes.
func export(t testing.TB, e Exporter, decks []extract.Deck) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := e.Export(&buf, decks); err != nil {
		t.Fatalf("Export: %v", err)
	}
	return buf.Bytes()
}

// checker locates python3 and shared/tools/apkg_check.py, or says why not.
func checker() (py, script, why string) {
	py, err := exec.LookPath("python3")
	if err != nil {
		return "", "", "python3 not found"
	}
	script, _ = filepath.Abs("../../../shared/tools/apkg_check.py")
	if _, err := os.Stat(script); err != nil {
		return "", "", "validator " + script + " not found"
	}
	return py, script, ""
}

// validate runs apkg_check.py --strict (and --json) on out and returns the
// summary; without the validator it says so and returns nothing.
func validate(t *testing.T, out []byte) checkSummary {
	t.Helper()
	py, script, why := checker()
	if why != "" {
		t.Logf("%s; not validating the package", why)
		return checkSummary{}
	}
	path := filepath.Join(t.TempDir(), "test.apkg")
	if err := os.WriteFile(path, out, 0o600); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(py, script, "--strict", path).CombinedOutput(); err != nil {
		t.Fatalf("apkg_check.py --strict: %v\n%s", err, msg)
	}
	js, err := exec.Command(py, script, "--strict", "--json", path).Output()
	if err != nil {
		t.Fatalf("apkg_check.py --json: %v", err)
	}
	var s checkSummary
	if err := json.Unmarshal(js, &s); err != nil {
		t.Fatalf("apkg_check.py --json: %v", err)
	}
	return s
}

// checkSummary is the part of apkg_check.py --json output the tests read.
type checkSummary struct {
	Decks []struct {
		Name  string
		Cards int
	}
	Notetypes []struct{ Name string }
	Cards     []struct {
		GUID     string
		Deck     string
		Ord      int
		Notetype string
		Front    string
		Back     string
	}
	Media map[string]string
}

func TestValidator(t *testing.T) {
	if _, _, why := checker(); why != "" {
		t.Skip(why)
	}
	decks := exportertest.Decks()
	s := validate(t, export(t, Exporter{Time: testTime}, decks))
	guids := exporters.GUIDs(decks[0])
	ords := func(guid string) (out []int) {
		for _, c := range s.Cards {
			if c.GUID == guid {
				out = append(out, c.Ord)
			}
		}
		return out
	}
	for _, tc := range []struct {
		card int
		want []int
	}{
		{0, []int{0}},    // basic
		{1, []int{0, 1}}, // reversed
		{2, []int{0, 1}}, // cloze c1, c2, c1,2
	} {
		if got := ords(guids[tc.card]); !equalInts(got, tc.want) {
			t.Errorf("card %d (%s): ords %v, want %v", tc.card, decks[0].Cards[tc.card].Kind, got, tc.want)
		}
	}
	if len(s.Media) != 1 || s.Media["0"] != exportertest.MediaName {
		t.Errorf("media map %v, want {0: %s}", s.Media, exportertest.MediaName)
	}
	deckCards := map[string]int{}
	for _, d := range s.Decks {
		deckCards[d.Name] = d.Cards
	}
	for name, want := range map[string]int{"Biology": 0, "Biology::Cells": 8, "Español": 4} {
		if got, ok := deckCards[name]; !ok || got != want {
			t.Errorf("deck %q: %d cards (present %v), want %d", name, got, ok, want)
		}
	}
	for _, c := range s.Cards {
		if c.Notetype == exporters.NotetypeName(extract.Cloze) && c.Ord == 0 && !strings.Contains(c.Front, "[...]") {
			t.Errorf("cloze card front %q hides nothing", c.Front)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDeterministic(t *testing.T) {
	decks := exportertest.Decks()
	a := export(t, Exporter{Time: testTime}, decks)
	b := export(t, Exporter{Time: testTime, TempDir: t.TempDir()}, decks)
	if !bytes.Equal(a, b) {
		t.Fatalf("two exports of the same input differ (%d vs %d bytes)", len(a), len(b))
	}
}

// checksum returns Anki's notes.csum of a note whose first field is field.
func checksum(field string) uint32 {
	sum, _ := checksumSorted(nil, SortField(field))
	return sum
}

func TestChecksum(t *testing.T) {
	for _, tc := range []struct {
		field string
		want  uint32
	}{
		{"test", 2840236005},
		{"今日", 1464653051},
		{"<b>test</b>", 2840236005},
		{`<img src="x.png">`, checksum(" x.png ")},
	} {
		if got := checksum(tc.field); got != tc.want {
			t.Errorf("checksum(%q) = %d, want %d", tc.field, got, tc.want)
		}
	}
	for in, want := range map[string]string{
		"a &amp; b":            "a & b",
		"a &amp; b & c":        "a &amp; b & c", // one bad "&": nothing is decoded
		"x&nbsp;y":             "x y",
		"&notit;":              "&notit;",
		"<script>x</script>ok": "ok",
		"A <!-- c -->B":        "A B",
	} {
		if got := SortField(in); got != want {
			t.Errorf("SortField(%q) = %q, want %q", in, got, want)
		}
	}
}

// htmlRE is the validator's tag-stripping regexp; stripHTML must agree with it.
var htmlRE = regexp.MustCompile(`(?is)(<!--.*?-->)|(<style.*?>.*?</style>)|(<script.*?>.*?</script>)|(<.*?>)`)

func TestStripHTMLMatchesRegexp(t *testing.T) {
	for _, in := range []string{
		"plain", "a<b", "<b>x</b>", "<!-- c -->y", "<!-- open <b>z</b>", "<STYLE>p{}</style>q",
		"<style>unclosed <i>k</i>", "<script type=x>alert(1)</SCRIPT>after", "<styles>x</style>y",
		"a > b < c > d", "<<b>>", "x<", "<img src=\"a.png\">t",
	} {
		if got, want := stripHTML(in), htmlRE.ReplaceAllString(in, ""); got != want {
			t.Errorf("stripHTML(%q) = %q, regexp gives %q", in, got, want)
		}
	}
}

func FuzzStripHTML(f *testing.F) {
	for _, s := range []string{"<b>x</b>", "<!--a-->b", "<style>x</style>", "a<b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if got, want := stripHTML(in), htmlRE.ReplaceAllString(in, ""); got != want {
			t.Errorf("stripHTML(%q) = %q, regexp gives %q", in, got, want)
		}
	})
}

func TestCardOrds(t *testing.T) {
	for _, tc := range []struct {
		kind extract.Kind
		flds []string
		want []int
	}{
		{extract.Basic, []string{"q", "a", "", ""}, []int{0}},
		{extract.Reversed, []string{"q", "a", "", ""}, []int{0, 1}},
		{extract.Reversed, []string{"q", " <br> ", "ctx", ""}, []int{0}},
		{extract.Cloze, []string{"{{c1::a}} {{c2::b}} {{c1,2::c}}", "", "", ""}, []int{0, 1}},
		{extract.Cloze, []string{"{{c3::only three}}", "", "", ""}, []int{2}},
		{extract.Cloze, []string{"{{c1::a}}", "extra {{c2::b}}", "", ""}, []int{0, 1}},
		{extract.Cloze, []string{"{{c0::zero}} {{c1::unclosed", "", "", ""}, []int{0}},
		{extract.Cloze, []string{"{{c999::big}}", "", "", ""}, []int{499}},
	} {
		if got := cardOrds(tc.kind, tc.flds); !equalInts(got, tc.want) {
			t.Errorf("cardOrds(%s, %q) = %v, want %v", tc.kind, tc.flds, got, tc.want)
		}
	}
}

// TestValidatorAgreesOnOrds checks the edge cases of TestCardOrds against the
// validator's card generator: a card too few or too many fails --strict.
func TestValidatorAgreesOnOrds(t *testing.T) {
	if _, _, why := checker(); why != "" {
		t.Skip(why)
	}
	d := extract.Deck{Name: "Ords", File: "ords.md", Cards: []extract.Card{
		{Front: "q", Back: " <br> ", Context: []string{"ctx"}, Kind: extract.Reversed},
		{Front: "{{c3::only three}}", Kind: extract.Cloze},
		{Front: "{{c1::a}}", Back: "extra {{c2::b}}", Kind: extract.Cloze},
		{Front: "{{c999::big}} {{c1::unclosed", Kind: extract.Cloze},
	}}
	s := validate(t, export(t, Exporter{Time: testTime}, []extract.Deck{d}))
	// The Back Extra's "{{c2::b}}" makes no card: only a cloze's Text holds
	// deletions (exporters.Notes makes the others inert).
	if len(s.Cards) != 1+1+1+1 {
		t.Errorf("%d cards, want 4", len(s.Cards))
	}
}

// refSortField is SortField written with the validator's regexps only.
func refSortField(s string) string {
	s = mediaTagRE.ReplaceAllStringFunc(s, func(tag string) string {
		m := mediaTagRE.FindStringSubmatch(tag)
		return " " + m[1] + m[2] + m[3] + " "
	})
	return decodeEntities(htmlRE.ReplaceAllString(s, ""))
}

func FuzzSortField(f *testing.F) {
	for _, s := range []string{`<IMG SRC='a b.png'>x`, `<audio src=x.mp3 controls>`, `<b>t</b> &amp; <source data="v.webm">`, "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if got, want := SortField(in), refSortField(in); got != want {
			t.Errorf("SortField(%q) = %q, regexps give %q", in, got, want)
		}
	})
}

// TestUnusedMediaLeftOut: an image of a note that no card shows (a banner
// under the title, kept for the cheat sheet) is not packed; Anki refuses a
// package whose files no note uses, and apkg_check --strict fails it.
func TestUnusedMediaLeftOut(t *testing.T) {
	if _, _, why := checker(); why != "" {
		t.Skip(why)
	}
	decks := exportertest.Decks()
	decks[0].Media = append(decks[0].Media, extract.Media{Name: "banner-0a1b2c.png", Data: []byte("\x89PNG banner")})
	s := validate(t, export(t, Exporter{Time: testTime}, decks))
	if len(s.Media) != 1 || s.Media["0"] != exportertest.MediaName {
		t.Errorf("media map %v, want only {0: %s}", s.Media, exportertest.MediaName)
	}
}
