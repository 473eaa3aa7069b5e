package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// table makes one card per row: the first cell on the front; the second cell
// on the back of a two-column table, or the other cells labelled by their
// column headers in a wider one. A header-only table makes no card.
func (b *builder) table(t *east.Table, sc scope) {
	p := b.p
	var head []string
	var rows [][]*east.TableCell
	commentHead := false // the header's cells are HTML comments: "| <!-- --> | <!-- --> |" types no header
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []*east.TableCell
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			if tc, ok := c.(*east.TableCell); ok {
				cells = append(cells, tc)
			}
		}
		if _, ok := r.(*east.TableHeader); ok {
			for _, c := range cells {
				head = append(head, p.plain(c, 0, everything))
			}
			commentHead = p.commentCells(cells)
			continue
		}
		if b.repeatsHead(cells, head) {
			continue // "| Serial | Parallel |" again under its rows: the header, not a row
		}
		rows = append(rows, cells)
	}
	if len(head) < 2 {
		return
	}
	if b.linkGrid(t) {
		first, last := p.span(t)
		b.coverLines(first, last) // a grid of links to other pages: nothing to ask
		return
	}
	if p.showsExample(t) {
		first, last := p.span(t)
		b.coverLines(first, last) // the example is on the card of its heading
		return
	}
	if emptyHead(head) && !commentHead && len(rows) > 1 && len(rows[0]) == len(head) {
		// A Notion export's header row is empty and its first row names the
		// columns: "| | |" over "|Code|Meaning|". A glossary's first row is
		// data: "| | |" over "|direct object|מושא ישיר|".
		first := make([]string, 0, len(head))
		for _, c := range rows[0] {
			first = append(first, p.plain(c, 0, everything))
		}
		keys := make([]string, 0, len(rows)-1)
		for _, r := range rows[1:] {
			keys = append(keys, p.plain(r[0], 0, everything))
		}
		if namesColumns(first, keys) {
			head = first
			b.coverLines(p.lineOf(rows[0][0]), p.lineOf(rows[0][0]))
			rows = rows[1:]
		}
	}
	if b.queryOutput(t, head) {
		first, last := p.span(t)
		b.coverLines(first, last) // a query's output: its rows are on the card of its label or code
		return
	}
	if b.journalTable(head, rows) {
		first, last := p.span(t)
		b.coverLines(first, last) // a transaction's lines, on the card of its heading
		return
	}
	if first, last := p.span(t); b.exampleTable(first, rows) {
		b.coverLines(first, last) // the example's data is on the card of its heading
		return
	}
	outcome := -1 // a decision table's column that names each row's outcome
	if b.truthTable(rows) {
		k, ok := b.outcomeColumn(len(head), rows)
		if !ok || !hasWordChar(head[k]) {
			first, last := p.span(t)
			b.coverLines(first, last) // the combinations are on the card of its heading
			return
		}
		outcome = k // "| ↓ | ↑ | Respiratory acidosis |": the disorder names the row
	}
	if b.personTable(t, rows) {
		first, last := p.span(t)
		b.coverLines(first, last) // the forms are on the card of its heading
		return
	}
	if b.pairedTable(t, head, rows, sc) || b.tenseRows(t, head, rows, sc) {
		return
	}
	if b.paddedColumns(rows) {
		b.columnCards(t, head, rows, "", sc) // "| Cloud Storage | BigTable |" over "| - | NoSQL database |"
		return
	}
	if len(head) == 2 && comparesColumns(head, sc) {
		b.columnCards(t, head, rows, "", sc)
		return
	}
	if len(head) == 2 && parallelLists(head) {
		b.columnCards(t, head, rows, judgedTopic(sc), sc)
		return
	}
	if len(head) == 2 && b.describesBoth(head, rows, sc) {
		b.columnCards(t, head, rows, "", sc) // "| Serial Transmission | Parallel Transmission |"
		return
	}
	if len(head) == 2 && parallelCategories(head, sc) && !b.formPairs(rows) {
		b.columnCards(t, head, rows, "", sc) // "| Preterite words | Imperfect words |"
		return
	}
	if len(head) > 2 && b.recordTable(head[0], rows) {
		first, last := p.span(t)
		b.coverLines(first, last) // the example's rows are on the card of its heading
		return
	}
	if len(head) > 2 && b.unlabelledCompare(rows) {
		b.columnCards(t, head, rows, "", sc) // "| Ionic | Simple (Covalent) | … | Metallic |"
		return
	}
	key := 0       // the column that names a row
	dated := false // the first column dates the rows of a log, shown on no card
	if outcome >= 0 {
		key = outcome
	} else if isMnemonicHead(head[0]) && len(head) > 2 {
		key = 1 // "|Mnemonic|Antioxidant|Reaction|": the item names the row
	} else if len(head) > 2 && b.indexColumn(head[0], rows) {
		key = 1
	} else if len(head) > 2 && b.dateColumn(head[0], rows) {
		key, dated = 1, true // "|Date|Hiragana|Romanization|": the word names the row
	} else if k, ok := b.middleKey(head, rows); ok {
		key = k
	} else if len(head) > 2 && b.articleColumn(rows) {
		if k, ok := b.uniqueColumn(0, len(head), rows); ok {
			key = k // "| το | σκόρδο | garlic |": the noun names the row
		}
	}
	var cueColumns []bool // columns of memory cues, shown last: "|Enzyme|Mnemonic|Product|"
	if len(head) > 2 {
		for k, h := range head {
			if k != key && isMnemonicHead(h) {
				if cueColumns == nil {
					cueColumns = make([]bool, len(head))
				}
				cueColumns[k] = true
			}
		}
	}
	group := -1 // a column that sorts the rows into groups
	grouped := len(head) == 2 && b.groupsRows(key, rows, true)
	if len(head) > 2 && b.groupsRows(key, rows, false) {
		if k, ok := b.uniqueColumn(key, len(head), rows); ok {
			group, key = key, k
		}
	}
	ditto := false // a blank cell of the group column repeats the one above
	if len(head) > 2 && group < 0 && b.numberDitto(key, rows) {
		// "| Vitamin B | Enzyme |" over "| 2 | Succinate dehydrogenase |"
		// and "| | Acyl-CoA dehydrogenase |": the enzymes name the rows.
		if k, ok := b.uniqueColumn(key, len(head), rows); ok {
			group, key, ditto = key, k, true
		}
	}
	rowScope := sc
	if h := strings.TrimSpace(strings.Join(head, " / ")); hasWordChar(h) && len(head) == 2 {
		rowScope = sc.with(h)
	} else if hasWordChar(head[key]) {
		rowScope = sc.with(head[key])
	}
	if len(rowScope.parents) > len(sc.parents) {
		if b.columns == nil {
			b.columns = map[string]bool{}
		}
		b.columns[rowScope.parents[len(rowScope.parents)-1]] = true
	}
	if grouped {
		b.groupCards(rows, rowScope)
		return
	}
	if len(head) > 2 && group < 0 && !hasWordChar(head[key]) && b.groupsRows(key, rows, true) {
		b.dittoCards(head, key, rows, rowScope)
		return
	}
	numbers := b.numberKeyName(head[key], key, rows) // "Port" over "22", "443"
	owner := ""                                      // the heading conditions on a symbol are asked with: "e > 1"
	if group < 0 && numbers == "" {
		owner = b.conditionOwner(key, rows, sc)
	}
	groupHTML := ""         // with ditto, the group of the rows under it
	var under map[int][]int // a named row's rows whose name cell is blank
	var merged map[int]bool // those rows, which make no card of their own
	if group < 0 {
		under, merged = b.mergedRows(key, rows)
	}
	symbols := 0 // 1 when column key names rows in words too, -1 when not, 0 not yet known
	for i, cells := range rows {
		if len(cells) < 2 || key >= len(cells) || merged[i] {
			continue
		}
		if group >= 0 && group < len(cells) && ditto && hasWordChar(p.plain(cells[group], 0, everything)) {
			groupHTML = p.html(cells[group], 0, everything)
		}
		if group >= 0 && !ditto && (group >= len(cells) || !hasWordChar(p.plain(cells[group], 0, everything))) {
			continue // a row of no group: "| | Add an architecture | Contribute |"
		}
		front := rowName(unwrapStrong(p.html(cells[key], 0, everything)))
		if isPlaceholder(front) {
			b.coverLines(p.lineOf(cells[key]), p.lineOf(cells[key])) // "| NEW ROW | |": a row left to fill in
			continue
		}
		if name := strings.TrimSpace(p.plain(cells[key], 0, everything)); isSignName(name) && !strings.HasPrefix(front, "<code>") {
			if symbols == 0 {
				symbols = b.wordNames(key, rows)
			}
			if symbols > 0 {
				front = "<code>" + front + "</code>" // "| . | any character |" among "| \d | a digit |"
			}
		}
		if isBound(stripTags(front)) && b.measuresOnly(cells, key) {
			b.coverLines(p.lineOf(cells[key]), p.lineOf(cells[key])) // on the card of the table's heading
			continue
		}
		if numbers != "" {
			front = escapeText(numbers) + " " + front
		}
		bare := "" // the front a row asked by its condition alone had
		if owner != "" {
			bare, front = front, escapeText(owner)+": "+front
		}
		var back []string
		if group >= 0 {
			var gloss string
			front, gloss = cutBoldTerm(front)
			if gloss != "" {
				back = append(back, gloss)
			}
		}
		var cues []string
		cue := ""     // the row's one cue, unlabelled
		pointers := 0 // the cells of back that only link elsewhere (see bareLink)
		if len(head) == 2 {
			v := b.runCell(rows, i, under[i], 1)
			if isPlaceholder(v) {
				b.coverLines(p.lineOf(cells[key]), p.lineOf(cells[key])) // "| Diffusion | ADD HERE |": nothing to learn yet
				continue
			}
			back = append(back, v)
		} else {
			for k := 0; k < len(cells) && k < len(head); k++ {
				if k == key || k == 0 && dated {
					continue
				}
				v := b.runCell(rows, i, under[i], k)
				if k == group && ditto {
					v = groupHTML
				}
				if !hasWordChar(stripTags(v)) && !strings.Contains(v, "<img") && !isMarkCell(stripTags(v)) || isPlaceholder(v) {
					continue // an empty cell, or one left to fill in: "| Mitosis | TBD | 2 |"
				}
				if bareLink(strings.TrimSpace(v)) && (cueColumns == nil || !cueColumns[k]) {
					pointers++
				}
				if label := strings.TrimSpace(head[k]); label != "" {
					v = "<b>" + escapeText(label) + "</b>: " + v
				}
				if cueColumns != nil && cueColumns[k] {
					cue = p.html(cells[k], 0, everything)
					cues = append(cues, v)
					continue
				}
				back = append(back, v)
			}
		}
		if len(back) > 0 && pointers == len(back) && len(cues) == 0 {
			// "|21/04/12|こんにちわ …||[Web Link](…)|": a link alone answers
			// nothing, as an empty cell does not.
			b.coverLines(p.lineOf(cells[key]), p.lineOf(cells[key]))
			continue
		}
		switch {
		case len(cues) == 1 && len(back) == 0 && numbers == "" && group < 0:
			// Only the cue would answer ("|Visiting|Vitamin A & C & E|-|"):
			// the cue asks for its item, as a mnemonic is drilled.
			item := p.html(cells[key], 0, everything)
			if label := strings.TrimSpace(head[key]); label != "" {
				item = "<b>" + escapeText(label) + "</b>: " + item
			}
			front, back = rowName(unwrapStrong(cue)), []string{item}
		case len(cues) > 0 && len(back) == 0:
			b.coverLines(p.lineOf(cells[key]), p.lineOf(cells[key])) // cues alone answer nothing
			continue
		case len(cues) > 0:
			back = append(back, cues...)
		}
		line := 0
		for _, c := range cells {
			if line = p.lineOf(c); line > 0 {
				break
			}
		}
		kind := Basic
		if len(head) == 2 {
			kind = b.defKind()
		}
		if b.add(front, strings.Join(back, "<br>"), kind, line, rowScope) {
			if bare != "" {
				b.cards[len(b.cards)-1].Key = bare // "e > 1" keeps the identity it had alone
			}
			if b.rowLines == nil {
				b.rowLines = map[int]bool{}
			}
			b.nameRow(line, t, head[key], sc)
			for _, l := range append([]int{line}, b.rowLinesOf(rows, under[i])...) {
				b.coverLines(l, l)
				b.rowLines[l] = true
			}
		}
	}
	if len(rows) > 0 {
		if first := p.lineOf(t); first > 0 {
			b.coverLines(first, first)
		}
	}
}

// groupsRows reports whether column col of a table sorts its rows into a
// few groups, one after another: its values repeat in runs ("Data store"
// over eight rows of data stores), at least half the rows repeating the
// value above them. With ditto, a blank cell under a group's first row is of
// that group, as a merged cell is written; without, it is in no group. A
// value met twice among many, or
// values that come round again ("CIDR", "Hosts", "CIDR", "Hosts"), are no
// groups.
func (b *builder) groupsRows(col int, rows [][]*east.TableCell, ditto bool) bool {
	seen := map[string]bool{}
	n, last := 0, ""
	for _, cells := range rows {
		if col >= len(cells) || !b.hasData(cells) {
			continue
		}
		v := strings.TrimSpace(b.p.plain(cells[col], 0, everything))
		switch {
		case v == "" && !ditto:
			continue
		case v == "" && last == "":
			return false
		case v != "" && v != last && seen[v]:
			return false
		}
		n++
		if v != "" {
			seen[v], last = true, v
		}
	}
	d := len(seen)
	return d > 0 && d*2 <= n
}

// hasData reports whether a table row holds any word: "| | | |" only
// separates groups.
func (b *builder) hasData(cells []*east.TableCell) bool {
	for _, c := range cells {
		if hasWordChar(b.p.plain(c, 0, everything)) {
			return true
		}
	}
	return false
}

// uniqueColumn finds the first column after col whose short cells name
// every row of a table once: "System" in "| Type | System | Reference |"
// when the types repeat. A cell may gloss its bold term ("**Bigtable** -
// column-oriented database"); the term alone counts.
func (b *builder) uniqueColumn(col, width int, rows [][]*east.TableCell) (int, bool) {
	for k := col + 1; k < width; k++ {
		seen := map[string]bool{}
		unique := true
		for _, cells := range rows {
			if !b.hasData(cells) {
				continue
			}
			if k >= len(cells) {
				unique = false
				break
			}
			term, _ := cutBoldTerm(unwrapStrong(b.p.html(cells[k], 0, everything)))
			t := strings.TrimSpace(stripTags(term))
			if !hasWordChar(t) || countFields(t) > 8 || seen[t] {
				unique = false
				break
			}
			seen[t] = true
		}
		if unique && len(seen) > 0 {
			return k, true
		}
	}
	return 0, false
}

// cutBoldTerm splits a cell that opens with a bold term glossed after a
// dash or a colon, "<strong>MapReduce</strong> - Distributed data
// processing": the term names its row, the gloss answers.
func cutBoldTerm(s string) (term, gloss string) {
	for _, t := range []string{"strong", "b"} {
		rest, ok := strings.CutPrefix(s, "<"+t+">")
		if !ok {
			continue
		}
		i := strings.Index(rest, "</"+t+">")
		if i < 0 {
			break
		}
		after := rest[i+len(t)+3:]
		for _, sep := range []string{" - ", " – ", " — ", " -- ", ": "} {
			if g, ok := strings.CutPrefix(after, sep); ok && hasWordChar(stripTags(g)) {
				return strings.TrimSpace(rest[:i]), strings.TrimSpace(g)
			}
		}
		break
	}
	return s, ""
}

// groupCards makes one card per group of a two-column table whose first
// column sorts its rows into groups: the group asks, its second cells
// answer as a list ("Data store" → Bigtable, HBase, Cassandra).
func (b *builder) groupCards(rows [][]*east.TableCell, sc scope) {
	p := b.p
	type group struct {
		front string
		items []string
		lines []int
	}
	var groups []*group
	byFront := map[string]*group{}
	var cur *group
	for _, cells := range rows {
		if len(cells) < 2 || !b.hasData(cells) {
			continue
		}
		line := p.lineOf(cells[0])
		if line <= 0 {
			line = p.lineOf(cells[1])
		}
		if f := unwrapStrong(p.html(cells[0], 0, everything)); hasWordChar(stripTags(f)) {
			if cur = byFront[f]; cur == nil {
				cur = &group{front: f}
				byFront[f] = cur
				groups = append(groups, cur)
			}
		}
		if cur == nil {
			continue
		}
		if v := p.html(cells[1], 0, everything); hasWordChar(stripTags(v)) || strings.Contains(v, "<img") {
			cur.items = append(cur.items, v)
			cur.lines = append(cur.lines, line)
		}
	}
	for _, g := range groups {
		if len(g.items) == 0 {
			continue
		}
		back, kind := g.items[0], b.defKind()
		if len(g.items) > 1 {
			back, kind = "<ul><li>"+strings.Join(g.items, "</li><li>")+"</li></ul>", Basic
		}
		if b.add(g.front, back, kind, g.lines[0], sc) {
			if b.rowLines == nil {
				b.rowLines = map[int]bool{}
			}
			for _, l := range g.lines {
				b.coverLines(l, l)
				b.rowLines[l] = true
			}
		}
	}
}

// commentCells reports whether the cells of a table's header row hold
// HTML comments and nothing else, one at least: "| <!-- --> | <!-- --> |"
// is how Markdown writers type a table without a header, and its first
// row is data, "| Vater | Father |" over "| Bruder | Brother |", however
// much it reads as the names of columns (see namesColumns).
func (p *parsed) commentCells(cells []*east.TableCell) bool {
	comments := 0
	for _, c := range cells {
		for k := c.FirstChild(); k != nil; k = k.NextSibling() {
			switch k := k.(type) {
			case *ast.RawHTML:
				n := k.Segments.Len()
				if n == 0 {
					return false
				}
				first, last := k.Segments.At(0), k.Segments.At(n-1)
				if !bytes.HasPrefix(first.Value(p.src), []byte("<!--")) || !bytes.HasSuffix(last.Value(p.src), []byte("-->")) {
					return false // "<br>", "<b>": markup, not a comment
				}
				comments++
			case *ast.Text:
				if len(bytes.TrimSpace(k.Segment.Value(p.src))) > 0 {
					return false
				}
			default:
				return false
			}
		}
	}
	return comments > 0
}

// emptyHead reports whether a table's header row names no column.
func emptyHead(head []string) bool {
	for _, h := range head {
		if hasWordChar(h) {
			return false
		}
	}
	return true
}

// namesColumns reports whether the cells of a table row read as its
// columns' names: three words or fewer each, each capitalised ("Code",
// "Meaning", "Time complexity"); "| Louis XVI | Ruler during the Revolution |"
// is a first row of data. keys are the first cells of the rows under it: a row
// keyed as they all are is one of them (see keyedAlike).
func namesColumns(cells, keys []string) bool {
	for _, c := range cells {
		c = strings.TrimSpace(c)
		r, _ := utf8.DecodeRuneInString(c)
		if c == "" || countFields(c) > 3 || !unicode.IsUpper(r) {
			return false
		}
	}
	return !keyedAlike(cells[0], keys)
}

// keyedAlike reports whether key opens with the word that opens each of
// keys, two or more, as the rows of one list of things do: "| IEEE 802.1 |
// LAN/MAN working group |" over "| IEEE 802.3 | …" and "| IEEE 802.11 | …"
// is their first row, not the names of their columns. A key without a
// word, a rule of dashes typed among the rows, is left out.
func keyedAlike(key string, keys []string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(key), " ")
	if len(w) < 2 || !hasWordChar(w) {
		return false
	}
	n := 0
	for _, k := range keys {
		if !hasWordChar(k) {
			continue
		}
		if kw, _, _ := strings.Cut(strings.TrimSpace(k), " "); !strings.EqualFold(kw, w) {
			return false
		}
		n++
	}
	return n >= 2
}

// compareCue marks a heading that compares: "TCP vs UDP", "Difference
// between …", "Comparing …".
var compareCue = lazyRegexp(`\b(vs\.?|versus|differen(ce|ces|t)|differ|compar(e|ed|ing|ison))\b`)

// linkGrid reports whether table t only lays out links to other pages, a
// link alone or nothing in every cell, header too: "| [[Pretérito]] |
// [[Imperfecto]] |" over "| [[Condicional]] | [[Futuro]] |" is an index
// of a vault's pages, and "Condicional" → "Futuro" asked nothing.
func (b *builder) linkGrid(t *east.Table) bool {
	links := 0
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			raw := bytes.TrimSpace(b.p.inlineText(c, nil))
			switch {
			case len(raw) == 0:
			case raw[0] == '[' && (fullMatch(wikilink(), raw) || b.p.loneLinkCell(c)):
				links++
			default:
				return false
			}
		}
	}
	return links >= 4
}

// fullMatch reports whether re matches the whole of b.
func fullMatch(re *regexp.Regexp, b []byte) bool {
	loc := re.FindIndex(b)
	return loc != nil && loc[0] == 0 && loc[1] == len(b)
}

// loneLinkCell reports whether table cell c holds one Markdown link and
// only white space besides.
func (p *parsed) loneLinkCell(c ast.Node) bool {
	n := 0
	for k := c.FirstChild(); k != nil; k = k.NextSibling() {
		switch k := k.(type) {
		case *ast.Link:
			n++
		case *ast.Text:
			if len(bytes.TrimSpace(segValue(k.Segment, p.src))) > 0 {
				return false
			}
		default:
			return false
		}
	}
	return n == 1
}

// comparesColumns reports whether a two-column table compares its columns
// rather than pairs a key with a value: the heading above it compares and
// names both, "What is the difference between TCP and UDP?" over "| TCP |
// UDP |". Its
// rows pair nothing ("Connection-oriented" is no question whose answer is
// "Connectionless").
func comparesColumns(head []string, sc scope) bool {
	if len(sc.heads) == 0 {
		return false
	}
	h := strings.ToLower(sc.heads[len(sc.heads)-1].text)
	if !compareCue().MatchString(h) {
		return false // "Lebensmittel (food)" over "| Lebensmittel | food |" names a list of words
	}
	for _, c := range head {
		c = strings.ToLower(strings.TrimSpace(c))
		if len(c) < 2 || !strings.Contains(h, c) {
			return false
		}
	}
	return true
}

// columnCards makes one card per column of a table that compares its
// columns: the header asks, the column's cells answer. A topic names what
// the columns judge: "Nuclear power: Advantages".
func (b *builder) columnCards(t *east.Table, head []string, rows [][]*east.TableCell, topic string, sc scope) {
	p := b.p
	line := p.lineOf(t)
	for k := range head {
		var items strings.Builder
		for _, cells := range rows {
			if k < len(cells) {
				if v := p.html(cells[k], 0, everything); hasWordChar(stripTags(v)) {
					items.WriteString("<li>" + v + "</li>")
				}
			}
		}
		front := escapeText(strings.TrimSpace(head[k]))
		if topic != "" {
			front = escapeText(topic) + ": " + front
		}
		if items.Len() > 0 && b.add(front, "<ul>"+items.String()+"</ul>", Basic, line, sc) {
			first, last := p.span(t)
			b.coverLines(first, last)
		}
	}
}

var (
	htmlRow   = lazyRegexp(`(?is)<tr\b[^>]*>(.*?)</tr\s*>`)
	htmlCell  = lazyRegexp(`(?is)<(t[hd])\b[^>]*>(.*?)</t[hd]\s*>`)
	htmlDef   = lazyRegexp(`(?is)<dt\b[^>]*>(.*?)</dt\s*>\s*<dd\b[^>]*>(.*?)</dd\s*>`)
	htmlTable = lazyRegexp(`(?i)<table\b|<dl\b`)
)

// repeatsHead reports whether a table's row repeats its header row, cell
// for cell, as a table pasted from pages that each print the header does:
// "| Serial | Parallel |" among the rows under "| Serial | Parallel |" is no
// row of the table, and asks nothing, on a row's card or in a column's.
func (b *builder) repeatsHead(cells []*east.TableCell, head []string) bool {
	if len(cells) != len(head) || len(head) < 2 {
		return false
	}
	for k, c := range cells {
		if !strings.EqualFold(strings.TrimSpace(b.p.plain(c, 0, everything)), strings.TrimSpace(head[k])) {
			return false
		}
	}
	return true
}

// indexHeads are the headers of a column that only numbers the rows.
var indexHeads = map[string]bool{"#": true, "no": true, "no.": true, "nr": true, "nr.": true, "n°": true,
	"№": true, "num": true, "step": true, "rank": true}

// indexColumn reports whether the first column of a table, headed head,
// only numbers its rows ("#", or 1, 2, 3 … in order): the next column names
// them. Other numbers (ports, years) name their rows.
func (b *builder) indexColumn(head string, rows [][]*east.TableCell) bool {
	if lookupLower(indexHeads, strings.TrimSpace(head)) {
		return true
	}
	for i, cells := range rows {
		if len(cells) == 0 || strings.TrimSuffix(strings.TrimSpace(b.p.plain(cells[0], 0, everything)), ".") != strconv.Itoa(i+1) {
			return false
		}
	}
	return len(rows) > 1
}

// dateHeads are the headers of a column that dates the rows of a log: "Date"
// in English, German, French and Spanish ("Datum", "Fecha"), Chinese,
// Japanese and Korean.
var dateHeads = map[string]bool{"date": true, "dates": true, "datum": true, "fecha": true, "日期": true,
	"日付": true, "날짜": true}

// dateColumn reports whether the first column of a table, headed head, only
// dates its rows, as a learner's log of the words met each day keeps them:
// "|Date|Hiragana|" over "|21/03/26|ばか|". The date asks nothing; the next
// column names the row. A cell is a date of digits and "/", "-" or "." (a
// placeholder "../../.." too), or empty; a year alone ("1789") dates an
// event, and names its row.
func (b *builder) dateColumn(head string, rows [][]*east.TableCell) bool {
	if !lookupLower(dateHeads, strings.TrimSpace(head)) {
		return false
	}
	n := 0
	for _, cells := range rows {
		if len(cells) == 0 {
			continue
		}
		v := strings.TrimSpace(b.p.plain(cells[0], 0, everything))
		if v == "" {
			continue
		}
		if strings.Trim(v, "0123456789/-.") != "" || !strings.ContainsAny(v, "/-.") {
			return false
		}
		n++
	}
	return n > 1
}

// htmlTable makes cards from a raw HTML <table> (like a Markdown table) or a
// <dl> definition list (one card per <dt>/<dd> pair). Cells are rendered
// through the same allow-list as any raw HTML.
func (b *builder) htmlTable(h *ast.HTMLBlock, sc scope) {
	p := b.p
	raw := p.rawBlock(h)
	if !htmlTable().MatchString(raw) || h.Lines().Len() == 0 {
		return
	}
	start := h.Lines().At(0).Start
	cell := func(s string) string {
		r := p.newRenderer(false)
		r.rawHTML(s)
		return strings.TrimSpace(r.close())
	}
	lineAt := func(i int) int { return p.line(start + i) }
	for _, m := range htmlDef().FindAllStringSubmatchIndex(raw, -1) {
		front, back := cell(raw[m[2]:m[3]]), cell(raw[m[4]:m[5]])
		if b.add(front, back, b.defKind(), lineAt(m[0]), sc) {
			b.cover(h)
		}
	}
	var head []string
	first := true
	for _, row := range htmlRow().FindAllStringSubmatchIndex(raw, -1) {
		cells := htmlCell().FindAllStringSubmatch(raw[row[2]:row[3]], -1)
		if first {
			first = false
			allTH := len(cells) > 0
			for _, c := range cells {
				allTH = allTH && strings.EqualFold(c[1], "th")
			}
			if allTH {
				for _, c := range cells {
					head = append(head, stripTags(cell(c[2])))
				}
				continue
			}
		}
		if len(cells) < 2 || iconLink(cells[0][2]) {
			continue
		}
		front := cell(cells[0][2])
		var back []string
		for k := 1; k < len(cells); k++ {
			v := cell(cells[k][2])
			if !visibleWord(v) && !strings.Contains(v, "<img") {
				continue
			}
			if k < len(head) && head[k] != "" && len(cells) > 2 {
				v = "<b>" + escapeText(head[k]) + "</b>: " + v
			}
			back = append(back, v)
		}
		rs := sc
		if len(head) > 0 && hasWordChar(head[0]) {
			rs = sc.with(head[0])
		}
		if b.add(front, strings.Join(back, "<br>"), Basic, lineAt(row[0]), rs) {
			b.cover(h)
		}
	}
}

// iconLink reports whether raw, the HTML of a table's cell, is a link
// around an icon: the buttons of a page's navigation bar ("<a
// href="../README.md"><img src="icone-casa.png"><br>Início</a>"), which
// name no term.
func iconLink(raw string) bool {
	raw = strings.TrimSpace(raw)
	return len(raw) > 3 && strings.EqualFold(raw[:3], "<a ") && strings.Contains(strings.ToLower(raw), "<img")
}

// judgements name the two sides of an evaluation that a table lists in
// parallel columns, a case for and a case against: "| Advantages |
// Disadvantages |", "| Pros | Cons |", "| Strengths | Weaknesses |".
var judgements = map[string]bool{"advantages": true, "disadvantages": true, "pros": true, "cons": true,
	"strengths": true, "weaknesses": true, "benefits": true, "drawbacks": true, "limitations": true,
	"merits": true, "demerits": true, "for": true, "against": true}

// parallelLists reports whether a two-column table's header names two
// lists side by side rather than a key and its value: the two sides of a
// judgement (see judgements), or a word and its negation, "| Likes |
// Dislikes |", "| Do | Don't |". A row pairs nothing there: "Low carbon
// emissions" is no question whose answer is "Radioactive waste", so each
// column is asked as a list (see columnCards).
func parallelLists(head []string) bool {
	a, b := headWord(head[0]), headWord(head[1])
	if a == "" || b == "" || a == b {
		return false
	}
	if judgements[a] && judgements[b] {
		return true
	}
	for _, neg := range []string{"dis", "un", "non-", "non"} {
		if b == neg+a || a == neg+b {
			return true
		}
	}
	return b == a+"n't" || b == a+"nt" || strings.TrimSuffix(b, "s") == a+"n't"
}

// parallelCategories reports whether a two-column table's header names two
// categories whose columns list their members side by side, rather than a
// key and its value: headers that differ in one word only and share a
// plural noun, "| Preterite words | Imperfect words |", "| Words that
// indicate preterite tense | Words that indicate imperfect tense |"; two
// words of one ending, "| Cholinergic | Adrenergic |"; or the two sides
// of the heading over the table, "Cholinergic & Adrenergic Effects" over
// "| Cholingeric | Adrenergic |" (a typo keeps the word's first five
// letters). A row there pairs two unrelated members ("ayer" is no question
// whose answer is "siempre"), so each column is asked as a list. Two
// languages ("| Spanish words | English words |") pair a word with its
// translation, and a singular slot ("| Infinitive Spelling | Conjugated
// Spelling |") a form with another: both keep their row cards.
func parallelCategories(head []string, sc scope) bool {
	a, b := headerWords(head[0]), headerWords(head[1])
	if len(a) == 0 || len(b) == 0 || len(a) > 6 || len(b) > 6 || slices.Equal(a, b) {
		return false
	}
	for _, w := range append(slices.Clone(a), b...) {
		if languageNames[w] {
			return false
		}
	}
	if len(a) == 1 && len(b) == 1 {
		if commonSuffix(a[0], b[0]) >= 5 {
			return true
		}
		return headingSides(a[0], b[0], sc)
	}
	if len(a) != len(b) {
		return false
	}
	differ, plural := 0, false
	for k := range a {
		if a[k] != b[k] {
			differ++
			continue
		}
		w := a[k]
		plural = plural || len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
	}
	return differ == 1 && plural
}

// languageNames are the names of languages, in English, that head the
// columns of a vocabulary table: "| Spanish | English |".
var languageNames = map[string]bool{"english": true, "spanish": true, "french": true, "german": true,
	"italian": true, "portuguese": true, "latin": true, "greek": true, "russian": true, "chinese": true,
	"mandarin": true, "japanese": true, "korean": true, "arabic": true, "hebrew": true, "dutch": true,
	"español": true, "inglés": true, "français": true, "anglais": true, "deutsch": true, "englisch": true}

// headerWords returns the words of a table header, lower-cased, without
// the marks around them.
func headerWords(h string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(h)) {
		if f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// commonSuffix returns how many letters two words end in alike.
func commonSuffix(a, b string) int {
	ar, br := []rune(a), []rune(b)
	n := 0
	for n < len(ar) && n < len(br) && ar[len(ar)-1-n] == br[len(br)-1-n] {
		n++
	}
	return n
}

// headingSides reports whether the heading over a table joins two words
// with "&", "and", "vs" or "/" that name its two headers a and b, in order,
// each the same word or one of its first five letters or more:
// "Cholinergic & Adrenergic Effects" over "| Cholingeric | Adrenergic |".
func headingSides(a, b string, sc scope) bool {
	if len(sc.heads) == 0 {
		return false
	}
	f := headerWords(headerJoins.Replace(sc.heads[len(sc.heads)-1].text))
	for i := 1; i+1 < len(f); i++ {
		switch f[i] {
		case "and", "vs", "versus":
			if sameWord(f[i-1], a) && sameWord(f[i+1], b) {
				return true
			}
		}
	}
	return false
}

// sameWord reports whether two words are one, misspelt past their first
// five letters at most: "cholingeric" and "cholinergic".
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	ar, br := []rune(a), []rune(b)
	return len(ar) >= 6 && len(br) >= 6 && string(ar[:5]) == string(br[:5]) && len(ar)-len(br) <= 1 && len(br)-len(ar) <= 1
}

// formPairs reports whether half the rows of a two-column table or more
// pair two forms of one word, single words that open alike: "| chico |
// chica |", "| libro | libros |". Such a table pairs a form with another,
// whatever its header says.
func (b *builder) formPairs(rows [][]*east.TableCell) bool {
	forms := 0
	for _, cells := range rows {
		if len(cells) < 2 {
			continue
		}
		x := strings.ToLower(strings.TrimSpace(b.p.plain(cells[0], 0, everything)))
		y := strings.ToLower(strings.TrimSpace(b.p.plain(cells[1], 0, everything)))
		xr, yr := []rune(x), []rune(y)
		if countFields(x) == 1 && countFields(y) == 1 && len(xr) >= 3 && len(yr) >= 3 && string(xr[:3]) == string(yr[:3]) {
			forms++
		}
	}
	return forms*2 >= len(rows)
}

// headWord returns a table header's last word, lower-cased, without the
// marks around it: "✅ Advantages:" is "advantages".
func headWord(h string) string {
	f := strings.Fields(strings.ToLower(h))
	if len(f) == 0 || len(f) > 3 {
		return ""
	}
	return strings.TrimFunc(f[len(f)-1], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' })
}

// judgedTopic returns the nearest heading of sc that names what a table of
// parallel lists judges, "# Nuclear power" over "## Pros and cons": a
// heading that only names the judgement, "Advantages and disadvantages",
// "Pros & cons", names no topic. It returns "" when no heading does.
func judgedTopic(sc scope) string {
	for i := len(sc.heads) - 1; i >= 0; i-- {
		t := sc.heads[i].text
		named := false
		for _, w := range strings.Fields(strings.ToLower(t)) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if w != "" && w != "and" && w != "or" && w != "the" && w != "of" && !judgements[w] && !lookupLower(genericWords, w) {
				named = true
				break
			}
		}
		if named {
			return t
		}
	}
	return ""
}

// unlabelledCompare reports whether a table of three columns or more
// compares its columns and has no column that names its rows: "| Ionic |
// Simple (Covalent) | Giant (Covalent) | Metallic |" over "| High melting
// point | Low melting point | High melting point | High melting point |".
// In each of its rows, three at least, the first cell shares a word with
// another cell, and in half of them two kinds have the same value, as one
// property's values across kinds do; a key column's names (Bacterium,
// "Hydration of alkyne", `kill`) are no value their row repeats, and
// asking "High melting point" for the others is junk.
func (b *builder) unlabelledCompare(rows [][]*east.TableCell) bool {
	if len(rows) < 3 {
		return false
	}
	same := 0 // rows with two equal cells
	for _, cells := range rows {
		seen := make(map[string]bool, len(cells))
		for _, c := range cells {
			v := strings.ToLower(strings.TrimSpace(b.p.plain(c, 0, everything)))
			if v != "" && seen[v] {
				same++
				break
			}
			seen[v] = true
		}
	}
	if same*2 < len(rows) {
		return false
	}
	for _, cells := range rows {
		if len(cells) < 3 {
			return false
		}
		first := compareWords(b.p.plain(cells[0], 0, everything))
		if len(first) == 0 {
			return false
		}
		shared := false
		for _, c := range cells[1:] {
			for _, w := range compareWords(b.p.plain(c, 0, everything)) {
				if slices.Contains(first, w) {
					shared = true
					break
				}
			}
			if shared {
				break
			}
		}
		if !shared {
			return false
		}
	}
	return true
}

// describesBoth reports whether a two-column table headed by two kinds
// describes them side by side, row by row, under a heading that need not
// compare them: "| Serial Transmission | Parallel Transmission |" over "|
// bits are sent one at a time … | all the bits … are sent out on separate
// lines |" and "| over long distances | short distances |". The headers
// are two kinds of one thing (their last words agree) or the heading names
// both ("Understand the terms atom and molecule" over "| Atoms | Molecules
// |"); in half the rows at least the first cell is a phrase of four words
// or a sentence, which names no row, and the two cells share a word, as
// two descriptions of one aspect do. A glossary's terms ("Primary key"),
// a phrase beside its translation ("| Deutsch | Bedeutung |") or a cue
// beside its notes ("| Cues | Notes |") key their rows.
func (b *builder) describesBoth(head []string, rows [][]*east.TableCell, sc scope) bool {
	if len(rows) < 2 || !kindsOfOne(head) && !headingNames(head, sc) {
		return false
	}
	for _, h := range head {
		if n := countFields(h); n == 0 || n > 3 {
			return false
		}
	}
	phrases, shared := 0, 0
	for _, cells := range rows {
		if len(cells) < 2 {
			return false
		}
		first := strings.TrimSpace(b.p.plain(cells[0], 0, everything))
		if countFields(first) >= 4 || strings.HasSuffix(first, ".") {
			phrases++
		}
		words := compareWords(first)
		for _, w := range compareWords(b.p.plain(cells[1], 0, everything)) {
			if slices.Contains(words, w) {
				shared++
				break
			}
		}
	}
	return phrases*2 >= len(rows) && shared*2 >= len(rows)
}

// kindsOfOne reports whether two table headers name two kinds of one
// thing: their last words agree and the rest differs, "Serial Transmission"
// and "Parallel Transmission", "Active Directory" and "Azure Active
// Directory".
func kindsOfOne(head []string) bool {
	a, b := headWord(head[0]), headWord(head[1])
	return a != "" && a == b && !strings.EqualFold(strings.TrimSpace(head[0]), strings.TrimSpace(head[1]))
}

// headingNames reports whether the heading over a table names each of its
// headers, in the singular too: "Understand the terms atom and molecule"
// over "| Atoms | Molecules |".
func headingNames(head []string, sc scope) bool {
	if len(sc.heads) == 0 {
		return false
	}
	h := strings.ToLower(sc.heads[len(sc.heads)-1].text)
	for _, c := range head {
		c = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(c)), "s")
		if len(c) < 3 || !strings.Contains(h, c) {
			return false
		}
	}
	return true
}

// compareWords returns the words of a table cell that can tell what it
// speaks of: four letters or more, in lower case, without the punctuation
// around them, and "metals" for "non-metals".
func compareWords(cell string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(cell)) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if i := strings.LastIndexByte(f, '-'); i >= 0 {
			f = f[i+1:]
		}
		if utf8.RuneCountInString(f) >= 4 && !compareFiller[f] {
			out = append(out, f)
		}
	}
	return out
}

// compareFiller are words of four letters or more that say nothing of
// what a cell speaks of.
var compareFiller = map[string]bool{"with": true, "from": true, "that": true, "this": true,
	"than": true, "when": true, "have": true, "into": true, "each": true, "also": true}

// fieldTable returns the table of page fields that opens a note, under its
// title or a rule, where propertyBlock and fieldBlock find none: a header
// and one row, the header naming two fields or more of metaKeys and
// lectureKeys, "| Course Name | Topic | Professor | Date | Tags |" over the
// lecture's. The row describes the note, not its subject, and makes no
// card; nil if there is no such table.
func (p *parsed) fieldTable(nodes []ast.Node) ast.Node {
	nodes = pastTitle(nodes)
	if len(nodes) == 0 {
		return nil
	}
	t, ok := nodes[0].(*east.Table)
	if !ok {
		return nil
	}
	rows, fields := 0, 0
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		if _, ok := r.(*east.TableHeader); !ok {
			rows++
			continue
		}
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			key := strings.ToLower(strings.TrimSpace(p.plain(c, 0, everything)))
			if metaKeys[key] || lectureKeys[key] {
				fields++
			}
		}
	}
	if rows != 1 || fields < 2 {
		return nil
	}
	return t
}

// showsExample reports whether the paragraph right above table t leads it
// in as the picture of what a thing looks like, "The table in 1NF will look
// like this:": its rows are made-up data ("| Mr. | John Doe |"), no facts
// to ask, and the table stays on the card of its heading.
func (p *parsed) showsExample(t *east.Table) bool {
	lead, ok := t.PreviousSibling().(*ast.Paragraph)
	if !ok {
		return false
	}
	text := strings.ToLower(strings.TrimSpace(p.plain(lead, 0, everything)))
	if !strings.HasSuffix(text, ":") {
		return false
	}
	for _, m := range exampleLeads {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}

// exampleLeads are the words of a lead-in that shows what something looks
// like.
var exampleLeads = []string{"look like this", "looks like this", "look like:", "looks like:", "would look like", "will look like"}

// paddedColumns reports whether a table lists down its columns, each
// column's values from the top and a dash under the last of the shorter
// ones: "| Cloud Storage | BigTable | BigQuery |" over "| Durable | Sparsely
// Populated | Structured analytical |" and "| - | NoSQL database | Charged
// for data read only |". No row is named by a dash, so the first column's
// dashes, under its values, mark it as a list; another column padded too,
// or two dashes, tell it from a table of signs whose last row is "| - |
// subtraction |".
func (b *builder) paddedColumns(rows [][]*east.TableCell) bool {
	if len(rows) < 3 {
		return false
	}
	padded := 0 // columns that end in padding
	for k := 0; ; k++ {
		seen, pad, values := false, 0, 0
		for _, cells := range rows {
			if k >= len(cells) {
				continue
			}
			seen = true
			v := strings.TrimSpace(b.p.plain(cells[k], 0, everything))
			switch {
			case isDashCell(v) || v == "" && k > 0:
				pad++
			case pad > 0:
				return false // a value under a dash: the dash is a value too
			default:
				values++
			}
		}
		if !seen {
			break
		}
		if k == 0 && (pad == 0 || values < 2) {
			return false
		}
		if pad > 0 {
			padded++
		}
		if k == 0 && pad >= 2 {
			padded++
		}
	}
	return padded >= 2
}

// isDashCell reports whether v, a table cell's text, is a dash alone, as a
// table marks a cell it leaves empty.
func isDashCell(v string) bool { return v == "-" || v == "–" || v == "—" }

// isSignName reports whether v, a table row's name, is a sign of a cheat
// sheet typed without its code span: one to three ASCII punctuation marks,
// ".", "*", "^", "$", "&&". A dash alone is an empty cell and an arrow,
// "->", points at the next cell; neither names a row.
func isSignName(v string) bool {
	if v == "" || len(v) > 3 || isDashCell(v) || strings.Trim(v, "-=<>") == "" && strings.Contains(v, "-") {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] >= utf8.RuneSelf || !unicode.IsPunct(rune(v[i])) && !unicode.IsSymbol(rune(v[i])) {
			return false
		}
	}
	return true
}

// wordNames returns 1 when some row of a table is named in column key by
// a word or a sign with letters, "\d" or "[abc]" beside "." and "*", and -1
// when every name is signs alone: a regular expression's or an editor's
// cheat sheet names its signs among its letters, where an arithmetic
// table's "+" and "*" stay on the card of the table.
func (b *builder) wordNames(key int, rows [][]*east.TableCell) int {
	for _, cells := range rows {
		if key < len(cells) && hasWordChar(b.p.plain(cells[key], 0, everything)) {
			return 1
		}
	}
	return -1
}

// headerJoins reads "&" and "/" between a heading's words as "and".
var headerJoins = strings.NewReplacer("&", " and ", "/", " and ")
