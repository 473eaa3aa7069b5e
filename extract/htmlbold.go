package extract

import "strings"

// boldSpans returns t, text inside an HTML block, as spans in style st,
// each "**term**" in it bold; nil when t has no such pair. Markdown is
// not read inside an HTML block, but Notion exports a callout as one,
// "<aside>", then "🧠 **Read** the error messages of your compiler" on
// the next line: the sheet printed the stars. A "**" without its pair, or
// with a space inside it ("a ** b"), is text.
func boldSpans(t string, st Style) []Span {
	parts := strings.Split(t, "**")
	if len(parts) < 3 || len(parts)%2 == 0 {
		return nil
	}
	for i := 1; i < len(parts); i += 2 {
		b := parts[i]
		if b == "" || b[0] == ' ' || b[len(b)-1] == ' ' {
			return nil
		}
	}
	spans := make([]Span, 0, len(parts))
	for i, p := range parts {
		s := Span{Text: p, Style: st}
		if i%2 == 1 {
			s.Style |= Bold
		}
		spans = appendSpan(spans, s)
	}
	return spans
}
