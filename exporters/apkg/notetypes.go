package apkg

import (
	_ "embed"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// The note type ids. Anki matches note types by id, so these never change; a
// change of fields or templates needs new ids (and a new version suffix in the
// seed). Each is sha256("notes2deck/<kind>/v1") reduced to [2^30, 2^31).
const (
	BasicID    int64 = 1663813103 // notes2deck/basic/v1
	ReversedID int64 = 1293297649 // notes2deck/reversed/v1
	ClozeID    int64 = 1083406811 // notes2deck/cloze/v1
)

// notetypeMod is the note types' modification time in seconds. Anki updates a
// note type it already has only when the incoming mod is newer, so bump this
// whenever the templates or the CSS change.
const notetypeMod = 1795910400 // 2026-11-29: highlights (<mark>) in light and dark mode

var (
	//go:embed templates/style.css
	css string
	//go:embed templates/front.html
	frontTmpl string
	//go:embed templates/back.html
	backTmpl string
	//go:embed templates/reverse_front.html
	reverseFrontTmpl string
	//go:embed templates/reverse_back.html
	reverseBackTmpl string
	//go:embed templates/cloze_front.html
	clozeFrontTmpl string
	//go:embed templates/cloze_back.html
	clozeBackTmpl string
)

const (
	latexPre = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n" +
		"\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n"
	latexPost = "\\end{document}"
)

// notetypeID returns the note type id cards of kind k use.
func notetypeID(k extract.Kind) int64 {
	switch k {
	case extract.Reversed:
		return ReversedID
	case extract.Cloze:
		return ClozeID
	}
	return BasicID
}

// notetypeJSON returns the col.models entry of the note type of kind k.
func notetypeJSON(k extract.Kind) map[string]any {
	var flds []any
	for i, name := range exporters.FieldNames(k) {
		flds = append(flds, map[string]any{
			"name": name, "ord": i, "sticky": false, "rtl": false,
			"font": "Arial", "size": 20, "media": []any{}, "description": "",
		})
	}
	tmpl := func(i int, name, q, a string) map[string]any {
		return map[string]any{"name": name, "ord": i, "qfmt": q, "afmt": a,
			"bqfmt": "", "bafmt": "", "did": nil, "bfont": "", "bsize": 0}
	}
	m := map[string]any{
		"id": notetypeID(k), "name": exporters.NotetypeName(k), "type": 0,
		"mod": notetypeMod, "usn": -1, "sortf": 0, "did": nil, "css": css,
		"flds": flds, "tags": []any{}, "vers": []any{},
		"latexPre": latexPre, "latexPost": latexPost, "latexsvg": false,
	}
	switch k {
	case extract.Cloze:
		m["type"] = 1
		m["tmpls"] = []any{tmpl(0, "Cloze", clozeFrontTmpl, clozeBackTmpl)}
	case extract.Reversed:
		m["tmpls"] = []any{tmpl(0, "Card 1", frontTmpl, backTmpl), tmpl(1, "Card 2", reverseFrontTmpl, reverseBackTmpl)}
		m["req"] = []any{[]any{0, "any", []any{0}}, []any{1, "any", []any{1}}}
	default:
		m["tmpls"] = []any{tmpl(0, "Card 1", frontTmpl, backTmpl)}
		m["req"] = []any{[]any{0, "any", []any{0}}}
	}
	return m
}
