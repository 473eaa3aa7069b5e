package extract

import "strings"

// quoteAuthor turns a labelled quotation over its author, "- **Quote**:
// "The fight for law is the life of law."" over "  - Rudolf von Ihering",
// into the card a student writes: the quotation asks for its author. Asked
// as the label, every such bullet of a list would ask "Quote". The front is
// a word or two, the back a quotation in double quotes over one bullet of
// at most five words; otherwise front and back are returned as they are.
func quoteAuthor(front, back string) (string, string) {
	q, ok := cutQuoteOpen(back)
	if !ok || countFields(front) > 2 || strings.ContainsAny(front, "<\"“") {
		return front, back
	}
	quote, item, ok := strings.Cut(back, "<br><ul><li>")
	author, rest, _ := strings.Cut(item, "</li></ul>")
	if !ok || rest != "" || strings.Contains(quote, "<ul") || strings.Contains(author, "<") {
		return front, back
	}
	quote = strings.TrimSpace(quote)
	for !strings.HasSuffix(quote, q) && quote != "" && strings.IndexByte(";.,", quote[len(quote)-1]) >= 0 {
		quote = quote[:len(quote)-1] // "“…”;": the list's punctuation, not the quotation's
	}
	if n := countFields(author); n == 0 || n > 5 || !strings.HasSuffix(quote, q) || len(quote) <= 2*len(q) {
		return front, back
	}
	return quote, strings.TrimSpace(author)
}

// cutQuoteOpen reports whether back opens with a double quote, and returns
// the closing quote it needs: "&quot;" as HTML writes '"', or "”".
func cutQuoteOpen(back string) (string, bool) {
	switch {
	case strings.HasPrefix(back, "&quot;"):
		return "&quot;", true
	case strings.HasPrefix(back, "\""):
		return "\"", true
	case strings.HasPrefix(back, "“"):
		return "”", true
	}
	return "", false
}
