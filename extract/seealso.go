package extract

import "strings"

// seeAlsoMarks are the arrows and pointing hands a note types before a
// pointer to other notes: "↪️ See also [[Respiration]]".
var seeAlsoMarks = []string{"↪️", "↪", "➡️", "➡", "→", "👉", "🔗"}

// seeAlsoMaxWords is the most words a "See also" line names after its
// label; a longer line says more than where to look.
const seeAlsoMaxWords = 6

// dropSeeAlso removes from the HTML of a card's back the lines that only
// point to other notes, "↪️ See also Respiration" under a definition or an
// item "See also: Meiosis" among a list's: they teach nothing on the card.
// A line, an item or a paragraph goes whole, and a back that is only such
// a line is left empty.
func dropSeeAlso(back string) string {
	if !hasSeeAlso(back) {
		return back // the quick test: most backs point nowhere
	}
	for from := 0; ; {
		k := strings.Index(back[from:], "ee also")
		if k < 0 {
			return back
		}
		k += from
		lo, open := lineOpen(back, k-1)
		hi, close := lineClose(back, k)
		if lo < 0 || !seeAlsoLine(back[lo+len(open):hi]) {
			from = k + len("ee also")
			continue
		}
		switch {
		case open == "<li>" && close == "</li>", open == "<p>" && close == "</p>":
			back = back[:lo] + back[hi+len(close):]
		case open == "<br>":
			back = back[:lo] + back[hi:]
		case close == "<br>":
			back = back[:lo] + back[hi+len(close):]
		default:
			back = back[:lo] + back[hi:]
		}
		from = lo
	}
}

// lineOpen returns where the line of back that holds byte i opens, and the
// tag that opens it ("<br>", "<p>", "<li>", or "" at the start of back).
func lineOpen(back string, i int) (int, string) {
	lo, tag, end := 0, "", 0
	for _, t := range []string{"<br>", "<p>", "<li>"} {
		if j := strings.LastIndex(back[:i+1], t); j >= 0 && j+len(t) > end {
			lo, tag, end = j, t, j+len(t)
		}
	}
	return lo, tag
}

// lineClose returns where the line of back that holds byte i ends, and the
// tag that ends it ("<br>", "</p>", "</li>", or "" at the end of back).
func lineClose(back string, i int) (int, string) {
	best, tag := len(back), ""
	for _, t := range []string{"<br>", "</p>", "</li>", "<ul>", "<ol>"} {
		if j := strings.Index(back[i:], t); j >= 0 && i+j < best {
			best, tag = i+j, t
		}
	}
	return best, tag
}

// seeAlsoLine reports whether the HTML of one line s only points to other
// notes: "See also" (after an arrow, if any), a colon or not, and a few
// names, no sentence.
func seeAlsoLine(s string) bool {
	t := strings.TrimSpace(stripTags(s))
	for _, m := range seeAlsoMarks {
		if r, ok := strings.CutPrefix(t, m); ok {
			t = strings.TrimSpace(r)
			break
		}
	}
	if len(t) < len("see also x") || !strings.EqualFold(t[:len("see also")], "see also") {
		return false
	}
	rest := strings.TrimLeft(t[len("see also"):], ": ")
	return rest != "" && countFields(rest) <= seeAlsoMaxWords && !strings.ContainsAny(strings.TrimRight(rest, "."), ".;!?")
}

// hasSeeAlso reports whether back holds "ee also", as strings.Contains
// does, by searching for its "l", rarer in notes than the "e" that
// strings.Contains searches for first (see commonBytes): the quick test of
// every card's back, a miss almost always.
func hasSeeAlso(back string) bool {
	const pat, k = "ee also", 4 // k: the index of the "l" in pat
	for i := k; i < len(back); i++ {
		j := strings.IndexByte(back[i:], pat[k])
		if j < 0 {
			return false
		}
		i += j
		if i-k+len(pat) <= len(back) && back[i-k:i-k+len(pat)] == pat {
			return true
		}
	}
	return false
}
