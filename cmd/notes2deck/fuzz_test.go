package main

import (
	"archive/zip"
	"bytes"
	"database/sql"
	stdcsv "encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/exporters/apkg"
	"github.com/notes2deck/notes2deck/exporters/csv"
	"github.com/notes2deck/notes2deck/exporters/pdf"
	"github.com/notes2deck/notes2deck/extract"
	"golang.org/x/net/html"
	_ "modernc.org/sqlite"
)

// FuzzBuild runs the whole pipeline in memory on one note: extract, then the
// apkg, CSV and (every pdfEvery-th input) PDF exporters into buffers. The
// package is reopened and checked against the invariants of
// shared/docs/anki-format.md, the CSV is re-read, and no field of either may
// hold active HTML. Seeds: testdata/fuzz/FuzzBuild and the extractor's
// golden inputs.
func FuzzBuild(f *testing.F) {
	for _, s := range []string{
		"# Deck\n- AWS WAF: filters requests\n",
		"# Q\n## What is X?\nX is Y.\n",
		"- a :: b\n{{c1::cloze}} text\n",
		"| Term | Def |\n|---|---|\n| a | b |\n",
		"# S\n- XSS: <script>alert(1)</script>\n- Img: <img src=x onerror=alert(1)>\n- L: [x](javascript:alert(1))\n",
	} {
		f.Add([]byte(s))
	}
	tmp := f.TempDir()
	n := 0
	f.Fuzz(func(t *testing.T, src []byte) {
		n++
		d, err := extract.Parse("fuzz.md", src, extract.Options{IgnoreMissingMedia: true, Root: tmp})
		if err != nil {
			var e *extract.Error
			if !errors.As(err, &e) {
				t.Fatalf("error is not an *extract.Error: %v", err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error is not one line: %q", err)
			}
			return
		}
		decks := []extract.Deck{d}
		var pkg, table, sheet bytes.Buffer
		if err := (apkg.Exporter{Time: 1700000000, TempDir: tmp}).Export(&pkg, decks); err != nil {
			t.Fatalf("apkg: %v", err)
		}
		p, err := readPackage(pkg.Bytes(), tmp)
		if err != nil {
			t.Fatalf("apkg: %v", err)
		}
		if err := (csv.Exporter{}).Export(&table, decks); err != nil {
			t.Fatalf("csv: %v", err)
		}
		rows, err := readCSV(table.Bytes())
		if err != nil {
			t.Fatalf("csv: %v", err)
		}
		if len(rows) != len(p.notes) {
			t.Errorf("csv has %d rows, apkg %d notes", len(rows), len(p.notes))
		}
		for _, fields := range append(p.fields(), htmlColumns(table.Bytes(), rows)...) {
			for _, fl := range fields {
				if bad := activeContent(fl); bad != "" {
					t.Errorf("field holds active content (%s): %q", bad, fl)
				}
			}
		}
		if n%pdfEvery == 1 {
			if err := (pdf.Exporter{Time: 1700000000}).Export(&sheet, decks); err != nil {
				t.Fatalf("pdf: %v", err)
			}
			if !bytes.HasPrefix(sheet.Bytes(), []byte("%PDF-")) {
				t.Errorf("pdf output starts %q", sheet.Bytes()[:min(8, sheet.Len())])
			}
		}
	})
}

// pdfEvery is how often FuzzBuild also writes the PDF, the slowest exporter.
const pdfEvery = 32

// A pkgNote is one row of notes in a package.
type pkgNote struct {
	id, mid, mod int64
	guid, tags   string
	flds         string
}

// A readPkg is what readPackage found in an .apkg.
type readPkg struct {
	notes []pkgNote
	decks map[string]string // id → name
	media map[string]string // zip entry → file name
}

// fields returns the fields of every note.
func (p *readPkg) fields() [][]string {
	var out [][]string
	for _, n := range p.notes {
		out = append(out, strings.Split(n.flds, "\x1f"))
	}
	return out
}

// readPackage unzips an .apkg, opens its collection.anki2 with SQLite and
// checks the invariants every package must keep: col.ver 11, every note's
// flds has its notetype's field count, every note has a card, GUIDs are
// unique, cards point at existing notes and decks, and the media map names
// exactly the numbered zip entries.
func readPackage(data []byte, tmp string) (*readPkg, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("unzip: %w", err)
	}
	entries := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("unzip %s: %w", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("unzip %s: %w", f.Name, err)
		}
		entries[f.Name] = b
	}
	p := &readPkg{decks: map[string]string{}, media: map[string]string{}}
	mm, ok := entries["media"]
	if !ok {
		return nil, errors.New("no media entry")
	}
	if err := json.Unmarshal(mm, &p.media); err != nil {
		return nil, fmt.Errorf("media map: %w", err)
	}
	for k := range p.media {
		if _, err := strconv.ParseUint(k, 10, 64); err != nil {
			return nil, fmt.Errorf("media key %q is not a number", k)
		}
		if _, ok := entries[k]; !ok {
			return nil, fmt.Errorf("media key %q has no zip entry", k)
		}
	}
	for name := range entries {
		if _, err := strconv.ParseUint(name, 10, 64); err == nil {
			if _, ok := p.media[name]; !ok {
				return nil, fmt.Errorf("zip entry %q is not in the media map", name)
			}
		}
	}
	col, ok := entries["collection.anki2"]
	if !ok {
		return nil, errors.New("no collection.anki2")
	}
	f, err := os.CreateTemp(tmp, "read-*.anki2")
	if err != nil {
		return nil, err
	}
	path := f.Name()
	defer os.Remove(path)
	if _, err := f.Write(col); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	defer db.Close()

	var ver int
	var models, decks string
	if err := db.QueryRow("SELECT ver, models, decks FROM col").Scan(&ver, &models, &decks); err != nil {
		return nil, fmt.Errorf("col: %w", err)
	}
	if ver != 11 {
		return nil, fmt.Errorf("col.ver = %d, want 11", ver)
	}
	var ms map[string]struct {
		Flds []struct {
			Name string `json:"name"`
		} `json:"flds"`
	}
	if err := json.Unmarshal([]byte(models), &ms); err != nil {
		return nil, fmt.Errorf("col.models: %w", err)
	}
	var ds map[string]struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal([]byte(decks), &ds); err != nil {
		return nil, fmt.Errorf("col.decks: %w", err)
	}
	for id, d := range ds {
		p.decks[id] = d.Name
	}
	rows, err := db.Query("SELECT id, mid, mod, guid, tags, flds FROM notes ORDER BY id")
	if err != nil {
		return nil, err
	}
	guids := map[string]bool{}
	for rows.Next() {
		var n pkgNote
		if err := rows.Scan(&n.id, &n.mid, &n.mod, &n.guid, &n.tags, &n.flds); err != nil {
			rows.Close()
			return nil, err
		}
		m, ok := ms[strconv.FormatInt(n.mid, 10)]
		if !ok {
			rows.Close()
			return nil, fmt.Errorf("note %d has unknown notetype %d", n.id, n.mid)
		}
		if got := strings.Count(n.flds, "\x1f") + 1; got != len(m.Flds) {
			rows.Close()
			return nil, fmt.Errorf("note %d has %d fields, its notetype %d", n.id, got, len(m.Flds))
		}
		if guids[n.guid] {
			rows.Close()
			return nil, fmt.Errorf("GUID %q is used twice", n.guid)
		}
		guids[n.guid] = true
		p.notes = append(p.notes, n)
	}
	rows.Close()
	for _, q := range []struct{ query, what string }{
		{"SELECT count(*) FROM notes WHERE id NOT IN (SELECT nid FROM cards)", "notes without a card"},
		{"SELECT count(*) FROM cards WHERE nid NOT IN (SELECT id FROM notes)", "cards of no note"},
	} {
		var k int
		if err := db.QueryRow(q.query).Scan(&k); err != nil {
			return nil, err
		}
		if k != 0 {
			return nil, fmt.Errorf("%d %s", k, q.what)
		}
	}
	dids, err := db.Query("SELECT DISTINCT did FROM cards")
	if err != nil {
		return nil, err
	}
	defer dids.Close()
	for dids.Next() {
		var did int64
		if err := dids.Scan(&did); err != nil {
			return nil, err
		}
		if _, ok := ds[strconv.FormatInt(did, 10)]; !ok {
			return nil, fmt.Errorf("cards in deck %d, which col.decks lacks", did)
		}
	}
	return p, dids.Err()
}

// readCSV parses an Anki CSV: the #header lines, then one record per note.
// It returns the records' fields.
func readCSV(data []byte) ([][]string, error) {
	for bytes.HasPrefix(data, []byte("#")) {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return nil, nil
		}
		data = data[i+1:]
	}
	r := stdcsv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	return r.ReadAll()
}

// htmlColumns returns the note fields of CSV records: every column but those
// the header names as GUID, note type, deck and tags columns, which Anki
// reads as plain text.
func htmlColumns(data []byte, rows [][]string) [][]string {
	plain := map[int]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		for _, h := range []string{"#guid column:", "#notetype column:", "#deck column:", "#tags column:"} {
			if n, err := strconv.Atoi(strings.TrimPrefix(line, h)); err == nil && strings.HasPrefix(line, h) {
				plain[n-1] = true
			}
		}
	}
	var out [][]string
	for _, r := range rows {
		var fields []string
		for i, f := range r {
			if !plain[i] {
				fields = append(fields, f)
			}
		}
		out = append(out, fields)
	}
	return out
}

// activeContent returns what in s could run or load something when Anki
// shows it: a script, iframe, style, object, embed, or similar element, an
// on* attribute, or a javascript:, vbscript: or data: URL in an attribute
// that takes one. It returns "" for safe HTML.
func activeContent(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "script", "iframe", "frame", "frameset", "style", "object", "embed", "applet",
				"base", "link", "meta", "form", "svg", "math", "template", "noscript", "portal":
				return "<" + tok.Data + ">"
			}
			for _, a := range tok.Attr {
				key := strings.ToLower(a.Key)
				if strings.HasPrefix(key, "on") {
					return key + "="
				}
				switch key {
				case "href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background", "lowsrc", "dynsrc", "data":
					v := strings.ToLower(strings.Map(func(r rune) rune {
						if r <= ' ' {
							return -1
						}
						return r
					}, a.Val))
					for _, scheme := range []string{"javascript:", "vbscript:", "data:"} {
						if strings.HasPrefix(v, scheme) {
							return key + "=" + scheme
						}
					}
					if strings.HasPrefix(v, "http:") || strings.HasPrefix(v, "https:") || strings.HasPrefix(v, "//") {
						if key != "href" {
							return key + "= remote URL" // fetched from the network when shown
						}
					}
				case "style":
					if v := strings.ToLower(a.Val); strings.Contains(v, "url(") || strings.Contains(v, "expression(") {
						return "style=" + a.Val
					}
				}
			}
		}
	}
}

// TestActiveContent pins the checker the safety tests rely on.
func TestActiveContent(t *testing.T) {
	for s, bad := range map[string]bool{
		"plain &lt;script&gt;":                     false,
		"<b>x</b><br><code>&lt;iframe&gt;</code>":  false,
		`<img src="a1b2.png" alt="x">`:             false,
		`<a href="https://example.com">x</a>`:      false,
		"<script>alert(1)</script>":                true,
		`<img src=x onerror=alert(1)>`:             true,
		`<a href=" JaVa	script:alert(1)">x</a>`:    true,
		`<IFRAME src=x></IFRAME>`:                  true,
		`<style>*{}</style>`:                       true,
		`<img src="data:image/png;base64,AAAA">`:   true,
		`<img src="https://evil.example/t.png">`:   true,
		`<span style="background:url(//x)">`:       true,
		`<svg><circle onload="alert(1)"/></svg>`:   true,
		`<object data="x.swf"></object>`:           true,
		`<div onmouseover="alert(1)">hover</div>`:  true,
		`<embed src="x">`:                          true,
		`<a href="#" ONCLICK="alert(1)">click</a>`: true,
	} {
		if got := activeContent(s) != ""; got != bad {
			t.Errorf("activeContent(%q) = %q, want active %v", s, activeContent(s), bad)
		}
	}
}
