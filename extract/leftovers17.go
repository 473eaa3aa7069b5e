package extract

import "github.com/yuin/goldmark/ast"

// pipeNumberKey returns the name under which the rows of a table typed
// without its |---| line ask for the numbers of their first column, as a
// real table's rows do (numberKeyName): "| Port | Service |" over "| 22 |
// SSH |" and "| 443 | HTTPS |" asks "Port 22", not a bare "22". head is the
// table's header row (nil when it has none) and rows the rows under it.
func (p *parsed) pipeNumberKey(n ast.Node, head []string, rows [][][2]int) string {
	if len(head) == 0 || len(rows) < 2 {
		return ""
	}
	name := numberColumnName(head[0])
	if name == "" {
		return ""
	}
	for _, cells := range rows {
		if len(cells) == 0 || !isNumberRun(p.plain(n, cells[0][0], cells[0][1])) {
			return ""
		}
	}
	return name
}

// pipeLabel returns what opens the answer from column k of a row of width
// cells in a table typed without its |---| line: its header's name and a
// colon when the table has a header and three columns or more, as a real
// table's rows are answered ("<b>Size</b>: 1–10 µm"); else nothing, and a
// two-column row answers with its second cell alone.
func pipeLabel(head []string, k, cells int) string {
	if cells < 3 || k >= len(head) || head[k] == "" {
		return ""
	}
	return "<b>" + escapeText(head[k]) + "</b>: "
}
