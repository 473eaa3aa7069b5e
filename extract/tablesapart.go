package extract

import (
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// maxTableNameWords is the most words of a lead-in that names the table
// under it (see tableName).
const maxTableNameWords = 8

// A rowTable is the table a row card comes from: its name (see
// tableName) and the heading path of the section it sits in.
type rowTable struct {
	name, section string
}

// nameRow records that the row card at line comes from table t, whose key
// column is headed keyHead, in the section of scope sc.
func (b *builder) nameRow(line int, t *east.Table, keyHead string, sc scope) {
	name := b.p.tableName(t, keyHead)
	if name == "" {
		return
	}
	if b.rowTables == nil {
		b.rowTables = map[int]rowTable{}
	}
	b.rowTables[line] = rowTable{name, strings.Join(sc.context(), "\x00")}
}

// tableName returns what names table t among the tables of its section:
// the lead-in line right over it, "Level I weights:", without its colon,
// or else the header of its key column, keyHead ("Level II topic").
func (p *parsed) tableName(t *east.Table, keyHead string) string {
	if par, ok := t.PreviousSibling().(*ast.Paragraph); ok && par.Lines().Len() == 1 {
		line := strings.TrimSpace(p.plain(par, 0, everything))
		if lead, ok := strings.CutSuffix(line, ":"); ok && hasWordChar(lead) && countFields(lead) <= maxTableNameWords {
			return strings.TrimSpace(lead)
		}
	}
	return strings.TrimSpace(keyHead)
}

// tableRowsApart asks with its table's name (see tableName) each card of
// a front that rows of two tables or more in one section answer
// differently: "Economics" in the table under "Level I weights:" and in
// the one under "Level II weights:" reads "Level I weights: Economics" and
// "Level II weights: Economics", not one question with two answers, which
// no student can review. tables holds the lines of the rows' cards and
// their tables; rows that the names would still not tell apart stay as
// they are. A card asked anew keeps its key, and so its GUID.
func tableRowsApart(cards []Card, tables map[int]rowTable) {
	if len(tables) < 2 {
		return
	}
	type ask struct {
		front, section string
	}
	groups := map[ask][]int{}
	var order []ask // for determinism
	for i, c := range cards {
		t, ok := tables[c.Pos.Line]
		if !ok || c.Kind == Cloze {
			continue
		}
		a := ask{c.Front, t.section}
		if groups[a] == nil {
			order = append(order, a)
		}
		groups[a] = append(groups[a], i)
	}
	for _, a := range order {
		is := groups[a]
		if len(is) < 2 || !answersDiffer(cards, is) {
			continue
		}
		names := make([]string, 0, len(is))
		for _, i := range is {
			n := strings.ToLower(tables[cards[i].Pos.Line].name)
			if slices.Contains(names, n) {
				names = nil
				break
			}
			names = append(names, n)
		}
		if names == nil {
			continue
		}
		for _, i := range is {
			if cards[i].Key == "" {
				cards[i].Key = cards[i].Front
			}
			cards[i].Front = escapeText(tables[cards[i].Pos.Line].name) + ": " + cards[i].Front
		}
	}
}
