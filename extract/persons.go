package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// personTable reports whether a table conjugates a verb beside another
// table that does so in its section: every row's first cell is a
// grammatical person, a subject pronoun or several parted by slashes ("|
// yo | hablo |", "| el/ella/ud. | habla |", "| nous | parlons |"), three
// persons or more are told apart, the cells beside them are forms, not the
// pronouns' translations ("| yo | I |" over "| tú | you |" is a list of
// words), and a table of the same persons sits under the same heading, as
// "Example with Hablar" and "Example with Correr" set theirs. Its rows name
// nothing: "yo" under "Present Tense" had as many answers as the section
// conjugates verbs, so the tables stay on the card of their heading. A
// section's one table, "| Person | Gefallen |", still asks a card a row.
func (b *builder) personTable(t *east.Table, rows [][]*east.TableCell) bool {
	if !b.personRows(rows) {
		return false
	}
	for _, next := range []func(ast.Node) ast.Node{ast.Node.PreviousSibling, ast.Node.NextSibling} {
		for n := next(t); n != nil && n.Kind() != ast.KindHeading; n = next(n) {
			if o, ok := n.(*east.Table); ok && b.personRows(bodyRows(o)) {
				return true
			}
		}
	}
	return false
}

// personRows reports whether the rows of a table are persons, each row's
// first cell a subject pronoun and three or more told apart, and glossed
// by forms rather than by pronouns of another language.
func (b *builder) personRows(rows [][]*east.TableCell) bool {
	seen := map[string]bool{}
	glossed := 0 // rows whose second cell is a pronoun too
	for _, cells := range rows {
		if len(cells) < 2 {
			return false
		}
		v := b.cellWords(cells[0])
		if v == "" || !isPerson(v) {
			return false
		}
		seen[v] = true
		if isPerson(b.cellWords(cells[1])) {
			glossed++
		}
	}
	return len(seen) >= 3 && 2*glossed < len(rows)
}

// bodyRows returns the cells of each row of table t under its header.
func bodyRows(t *east.Table) [][]*east.TableCell {
	var rows [][]*east.TableCell
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		if _, ok := r.(*east.TableRow); !ok {
			continue
		}
		var cells []*east.TableCell
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			if tc, ok := c.(*east.TableCell); ok {
				cells = append(cells, tc)
			}
		}
		rows = append(rows, cells)
	}
	return rows
}

// cellWords returns the text of a table cell, trimmed and lowercased.
func (b *builder) cellWords(c *east.TableCell) string {
	return strings.ToLower(strings.TrimSpace(b.p.plain(c, 0, everything)))
}

// isPerson reports whether cell s names a grammatical person: subject
// pronouns parted by slashes or commas, each one a known pronoun
// (subjectPronouns) with an abbreviation's dot left off, or after the
// first a feminine ending ("nosotros/as").
func isPerson(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == ',' })
	if len(parts) == 0 {
		return false
	}
	for i, w := range parts {
		w = strings.TrimSuffix(strings.TrimSpace(w), ".")
		if i > 0 && feminineEndings[w] {
			continue // "nosotros/as": the pronoun's feminine, typed as its ending
		}
		if !subjectPronouns[w] {
			return false
		}
	}
	return true
}

// feminineEndings are the endings a learner types after a slash to give a
// pronoun's feminine without spelling it again: "Nosotros/as",
// "Vosotros/-as".
var feminineEndings = map[string]bool{"a": true, "as": true, "-a": true, "-as": true}

// subjectPronouns are the subject pronouns, lowercased, that head the rows
// of a conjugation table in English, Spanish, French, German, Italian and
// Portuguese, the accent often left off as learners type them ("tu" for
// "tú", "el" for "él").
var subjectPronouns = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true,
	"yo": true, "tú": true, "tu": true, "él": true, "el": true, "ella": true, "usted": true, "ud": true, "vd": true,
	"nosotros": true, "nosotras": true, "vosotros": true, "vosotras": true,
	"ellos": true, "ellas": true, "ustedes": true, "uds": true, "vds": true,
	"je": true, "j'": true, "il": true, "elle": true, "on": true, "nous": true, "vous": true, "ils": true, "elles": true,
	"ich": true, "du": true, "er": true, "sie": true, "es": true, "wir": true, "ihr": true,
	"io": true, "lui": true, "lei": true, "noi": true, "voi": true, "loro": true,
	"eu": true, "ele": true, "ela": true, "você": true, "nós": true, "vós": true, "eles": true, "elas": true, "vocês": true,
}
