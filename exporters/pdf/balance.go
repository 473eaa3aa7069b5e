package pdf

// balanceStep is how close, in points, balance brings the columns' height
// to the shortest that holds the last page's rows.
const balanceStep = 0.5

// balance lays the rows of the last page out again in columns as short as
// they can be, so that the text ends level across the columns, as LaTeX's
// multicol does: a note of one column of text filled the first column of
// three and left two thirds of the page empty. The columns are never made
// shorter than a chunk of rows kept together, a table or a code block that
// fits in one, so balancing splits none of them: a table of fifteen ports
// was cut into three of five; what is taller than a column is split as
// before.
func (p *pager) balance() {
	rows := make([]row, 0, len(p.page))
	for i := range p.page {
		if !p.page[i].again {
			rows = append(rows, p.page[i].r)
		}
	}
	lo := chunkHeight(rows, true) / float64(p.cols)
	for i := 0; i < len(rows); {
		j := i + 1
		for j < len(rows) && (rows[j].link || rows[j-1].head || rows[j].whole || rows[j].repeat != nil) {
			j++
		}
		if h := chunkHeight(rows[i:j], true); h <= p.colH+0.01 {
			lo = max(lo, h)
		}
		i = j
	}
	hi := p.colH
	if lo >= hi-balanceStep {
		return
	}
	var q pager
	fits := func(colH float64) bool {
		q = pager{cols: p.cols, colH: colH, page: q.page[:0], emit: func([]placed) {}, fixed: true}
		q.add(rows)
		return q.pages == 0
	}
	if fits(lo) {
		hi = lo
	} else {
		for hi-lo > balanceStep {
			if mid := (lo + hi) / 2; fits(mid) {
				hi = mid
			} else {
				lo = mid
			}
		}
	}
	if !fits(hi) {
		return
	}
	p.page = append(p.page[:0], q.page...)
}
