package extract

import (
	"strings"

	east "github.com/yuin/goldmark/extension/ast"
)

// truthTable reports whether a table lists the combinations of its inputs,
// a truth table or a decision table: every row's first cell is a truth
// value (0, 1, T, F, true, false, yes, no) or a direction of change (up,
// down, none) and some value comes twice, "| P1 | P2 | Test |" over "| 0 |
// 0 | S1 |", "| 0 | 1 | S4 |"…, "| Supply Change | Demand Change | Price
// |" over "| Down | None | Up |", "| Up | None | Down |"… Its rows name
// nothing ("P1 0" would ask twice for two answers); a column of distinct
// numbers ("| Bit | Meaning |" over 0 and 1) still names its rows.
func (b *builder) truthTable(rows [][]*east.TableCell) bool {
	if len(rows) < 3 {
		return false
	}
	var seen [5]bool // by truthValue
	repeats := false
	for _, cells := range rows {
		if len(cells) == 0 {
			return false
		}
		v, ok := truthValue(strings.TrimSpace(b.p.plain(cells[0], 0, everything)))
		if !ok {
			return false
		}
		repeats = repeats || seen[v]
		seen[v] = true
	}
	return repeats
}

// truthValue returns the class of a truth or decision table's cell: 0
// for a false value ("0", "F", "false", "no"), 1 for a true one ("1", "T",
// "true", "yes"), 2 for a rise ("up", "↑"), 3 for a fall ("down", "↓")
// and 4 for no change ("none", "same"); ok is false for any other text.
func truthValue(s string) (v int, ok bool) {
	switch strings.ToLower(s) {
	case "0", "f", "false", "no":
		return 0, true
	case "1", "t", "true", "yes":
		return 1, true
	case "up", "↑", "increase", "increases":
		return 2, true
	case "down", "↓", "decrease", "decreases":
		return 3, true
	case "none", "same", "no change", "unchanged":
		return 4, true
	}
	return 0, false
}

// outcomeColumn finds the column of a decision table, after its first,
// whose cells name each row once in words, none of them a value of the
// table's inputs: "Primary disorder" in "| pH | CO2 | HCO3 | Primary
// disorder |" over "| ↓ | ↑ | Normal/↑ | Respiratory acidosis |". The
// disorder, a name of five words at most, asks for the values that make
// it. A table of inputs and changes alone ("| Supply | Demand | Price |"
// over Up, Down and None) names no row.
func (b *builder) outcomeColumn(width int, rows [][]*east.TableCell) (int, bool) {
	for k := width - 1; k > 0; k-- {
		seen := map[string]bool{}
		names := true
		for _, cells := range rows {
			if k >= len(cells) {
				names = false
				break
			}
			t := strings.ToLower(strings.TrimSpace(b.p.plain(cells[k], 0, everything)))
			if _, value := truthValue(t); value || !hasWordChar(t) || seen[t] || strings.ContainsAny(t, "↑↓↔") || countFields(t) > 5 {
				names = false
				break
			}
			seen[t] = true
		}
		if names {
			return k, true
		}
	}
	return 0, false
}
