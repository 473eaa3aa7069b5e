package csv

import (
	"bytes"
	stdcsv "encoding/csv"
	"html"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/exporters/exportertest"
	"github.com/notes2deck/notes2deck/extract"
)

func TestConformance(t *testing.T) {
	exportertest.Run(t, Exporter{}, readBack)
}

// meta parses the "#key:value" header lines the way Anki does.
func meta(t *testing.T, out []byte) (map[string]string, []byte) {
	t.Helper()
	m := map[string]string{}
	for len(out) > 0 && out[0] == '#' {
		line, rest, _ := bytes.Cut(out, []byte("\n"))
		k, v, ok := strings.Cut(string(line[1:]), ":")
		if !ok {
			t.Fatalf("header line %q has no colon", line)
		}
		m[k] = strings.TrimRight(v, "\r")
		out = rest
	}
	return m, out
}

// readBack re-parses the CSV as Anki does: meta columns by the header's
// 1-based numbers, fields from the other columns in order.
func readBack(t *testing.T, out []byte) []exportertest.Note {
	m, body := meta(t, out)
	if m["separator"] != "Comma" || m["html"] != "true" {
		t.Errorf("header %v: want separator Comma, html true", m)
	}
	col := func(key string) int {
		n, err := strconv.Atoi(m[key])
		if err != nil || n < 1 {
			t.Fatalf("header %q = %q, want a column number", key, m[key])
		}
		return n - 1
	}
	guid, nt, deck, tags := col("guid column"), col("notetype column"), col("deck column"), col("tags column")
	labels := strings.Split(m["columns"], ",")
	if !containsAll(labels, "Front", "Back") {
		t.Errorf("#columns:%s lacks Front or Back", m["columns"])
	}
	r := stdcsv.NewReader(bytes.NewReader(body))
	r.FieldsPerRecord = len(labels)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("parse csv: %v", err)
	}
	var notes []exportertest.Note
	for _, rec := range recs {
		n := exportertest.Note{GUID: rec[guid], Notetype: rec[nt], Deck: rec[deck], Tags: strings.Fields(rec[tags]), Fields: map[string]string{}}
		kind := extract.Basic
		if rec[nt] == exporters.NotetypeName(extract.Cloze) {
			kind = extract.Cloze
		}
		names := exporters.FieldNames(kind)
		k := 0
		for i, v := range rec {
			if i == guid || i == nt || i == deck || i == tags {
				continue
			}
			if k < len(names) {
				n.Fields[names[k]] = v
			}
			k++
		}
		notes = append(notes, n)
	}
	return notes
}

func containsAll(list []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, l := range list {
			found = found || l == w
		}
		if !found {
			return false
		}
	}
	return true
}

func TestEveryCellQuoted(t *testing.T) {
	var buf bytes.Buffer
	d := extract.Deck{Name: "D", Cards: []extract.Card{{Front: "q", Back: "a"}}}
	if err := (Exporter{}).Export(&buf, []extract.Deck{d}); err != nil {
		t.Fatal(err)
	}
	_, body := meta(t, buf.Bytes())
	if !bytes.HasPrefix(body, []byte(`"`)) || !bytes.HasSuffix(body, []byte("\"\r\n")) {
		t.Errorf("row %q is not fully quoted; a GUID starting with # would make Anki skip it", body)
	}
}

func TestNoNewlinesInCells(t *testing.T) {
	var buf bytes.Buffer
	if err := (Exporter{}).Export(&buf, exportertest.Decks()); err != nil {
		t.Fatal(err)
	}
	_, body := meta(t, buf.Bytes())
	for _, line := range strings.Split(strings.TrimSuffix(string(body), "\r\n"), "\r\n") {
		if strings.Contains(line, "\n") {
			t.Errorf("row spans lines: %q", line)
		}
	}
}

// Exports of the same decks at the same time share their notes (see
// exporters.SharedNotes); each must still write what an export alone writes.
func TestConcurrentExports(t *testing.T) {
	decks := []extract.Deck{{Name: "D", File: "d.md", Cards: []extract.Card{
		{Front: "q1", Back: "a \"1\"", Context: []string{"H"}, Tags: []string{"t"}},
		{Front: "q2", Back: "a2", Context: []string{"H"}, Kind: extract.Cloze},
	}}}
	var want bytes.Buffer
	if err := (Exporter{}).Export(&want, decks); err != nil {
		t.Fatal(err)
	}
	outs := make([]bytes.Buffer, 4)
	errs := make([]error, len(outs))
	var wg sync.WaitGroup
	for i := range outs {
		wg.Go(func() { errs[i] = Exporter{}.Export(&outs[i], decks) })
	}
	wg.Wait()
	for i := range outs {
		if errs[i] != nil || !bytes.Equal(outs[i].Bytes(), want.Bytes()) {
			t.Errorf("export %d at the same time: error %v, output\n%s\nwant\n%s", i, errs[i], outs[i].Bytes(), want.Bytes())
		}
	}
}

// A field that starts with a formula's first character is no formula in a
// spreadsheet, and still shows its text in Anki (an HTML field).
func TestFormulaCells(t *testing.T) {
	fronts := []string{"=cmd|' /C calc'!A0", "+total", "-2+3", "@SUM(1+1)", "\tx", "\rx", "= 1", "a=b", ""}
	d := extract.Deck{Name: "D", File: "d.md"}
	for _, f := range fronts {
		d.Cards = append(d.Cards, extract.Card{Front: f, Back: "-5", Context: []string{"@home"}})
	}
	recs := exportRecords(t, []extract.Deck{d})
	for i, rec := range recs {
		want := exporters.NoteFields(d, d.Cards[i])
		for j, cell := range rec[3:7] {
			if cell != "" && strings.IndexByte(formulaStarts, cell[0]) >= 0 {
				t.Errorf("card %d: %s cell %q starts a spreadsheet formula", i, Columns[3+j], cell)
			}
			if got := html.UnescapeString(cell); got != html.UnescapeString(want[j]) {
				t.Errorf("card %d: %s cell %q shows %q in Anki, want %q", i, Columns[3+j], cell, got, want[j])
			}
		}
	}
}

// TestFormulaDeckAndTags: a deck named by an H1 such as
// "=HYPERLINK(…)" or "-Bio", and a front-matter tag "=1+1", are not
// formulas in a spreadsheet: their cells start with a space, which Anki
// drops (it trims each level of a deck name and splits tags at spaces),
// so the deck and the tags are those the .apkg makes.
func TestFormulaDeckAndTags(t *testing.T) {
	var decks []extract.Deck
	for _, name := range []string{`=HYPERLINK("http://x.test","click")`, "-Bio", "+Chem::=Sub", "@home", "Plain"} {
		decks = append(decks, extract.Deck{Name: name, File: "d.md", Cards: []extract.Card{
			{Front: "A", Back: "b", Tags: []string{"=1+1", "ok"}},
		}})
	}
	recs := exportRecords(t, decks)
	for i, rec := range recs {
		for _, k := range []int{2, 7} {
			if cell := rec[k]; cell != "" && strings.IndexByte(formulaStarts, cell[0]) >= 0 {
				t.Errorf("card %d: %s cell %q starts a spreadsheet formula", i, Columns[k], cell)
			}
		}
		if got, want := strings.TrimSpace(rec[2]), exporters.DeckName(decks[i].Name); got != want {
			t.Errorf("card %d: deck %q, Anki reads %q, want %q", i, rec[2], got, want)
		}
		if got, want := strings.Fields(rec[7]), exporters.NoteTags(decks[i].Cards[0]); !slices.Equal(got, want) {
			t.Errorf("card %d: tags %q, Anki reads %q, want %q", i, rec[7], got, want)
		}
	}
}

// exportRecords exports decks and returns the CSV's records after its
// header lines, each of len(Columns) cells.
func exportRecords(t *testing.T, decks []extract.Deck) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := (Exporter{}).Export(&buf, decks); err != nil {
		t.Fatal(err)
	}
	_, body := meta(t, buf.Bytes())
	r := stdcsv.NewReader(bytes.NewReader(body))
	r.FieldsPerRecord = len(Columns)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("parse csv: %v", err)
	}
	return recs
}
