package exporters

import (
	"html"
	"regexp"
	"strings"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// codeBlockRE matches the code blocks the extractor writes:
// <pre><code class="language-X">escaped code</code></pre>.
var codeBlockRE = regexp.MustCompile(`<pre><code class="language-([A-Za-z0-9_+#.-]+)">([^<]*)</code></pre>`)

// escapeText escapes text for HTML element content, as the extractor does.
var escapeText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// maxHighlight is the longest code block, in bytes of escaped HTML, that
// HighlightCode marks up; a longer one stays plain. chroma's lexers take
// about 7 µs a byte (half a second for 70 KB of Python), and a block that
// long on a card is a listing to read, not a fact to recall.
const maxHighlight = 32 << 10

// HighlightCode marks up the tokens of every code block in s whose language
// chroma knows, up to maxHighlight long, with <span class="hl-…"> elements
// (keyword, string, comment, number, function, builtin, type, operator, …),
// styled by the note types' CSS in light and dark mode. Classes, not inline
// colours, so the night-mode palette applies and the fields stay small.
// Other blocks are left as they are.
func HighlightCode(s string) string {
	// `"language-` is rarer than "<" in HTML, so searching for it is the
	// quicker way to rule most fields out.
	if !strings.Contains(s, `"language-`) || !strings.Contains(s, `<pre><code class="language-`) {
		return s
	}
	return codeBlockRE.ReplaceAllStringFunc(s, func(block string) string {
		m := codeBlockRE.FindStringSubmatch(block)
		if len(m[2]) > maxHighlight {
			return block
		}
		lexer := lexers.Get(m[1])
		if lexer == nil {
			return block
		}
		code := html.UnescapeString(m[2])
		it, err := chroma.Coalesce(lexer).Tokenise(nil, code)
		if err != nil {
			return block
		}
		var toks []chroma.Token
		for tok := it(); tok != chroma.EOF; tok = it() {
			toks = append(toks, tok)
		}
		if n := len(toks); n > 0 && !strings.HasSuffix(code, "\n") { // lexers may add one
			toks[n-1].Value = strings.TrimSuffix(toks[n-1].Value, "\n")
		}
		var b strings.Builder
		b.WriteString(`<pre><code class="language-` + m[1] + `">`)
		for _, tok := range toks {
			text := escapeText.Replace(tok.Value)
			if class := tokenClass(tok.Type); class != "" && strings.TrimSpace(tok.Value) != "" {
				b.WriteString(`<span class="hl-` + class + `">` + text + `</span>`)
			} else {
				b.WriteString(text)
			}
		}
		b.WriteString("</code></pre>")
		// The code was unescaped for the lexer: a "[sound:x.mp3]" in it,
		// escaped by the extractor, would play (or name a file outside the
		// media folder) once written back as it is.
		return strings.ReplaceAll(b.String(), "[sound:", "&#91;sound:")
	})
}

// tokenClass maps a chroma token type to one of a few CSS classes, or "".
func tokenClass(t chroma.TokenType) string {
	switch {
	case t == chroma.KeywordType:
		return "t"
	case t == chroma.NameFunction || t == chroma.NameFunctionMagic:
		return "f"
	case t == chroma.NameBuiltin || t == chroma.NameBuiltinPseudo:
		return "b"
	case t == chroma.NameTag:
		return "k"
	case t == chroma.NameAttribute || t == chroma.NameDecorator:
		return "a"
	case t == chroma.NameClass:
		return "t"
	case t == chroma.CommentPreproc || t == chroma.CommentPreprocFile:
		return "p"
	case t == chroma.GenericInserted:
		return "gi"
	case t == chroma.GenericDeleted:
		return "gd"
	}
	switch t.SubCategory() {
	case chroma.LiteralString:
		return "s"
	case chroma.LiteralNumber:
		return "n"
	}
	switch t.Category() {
	case chroma.Keyword:
		return "k"
	case chroma.Literal:
		return "s"
	case chroma.Comment:
		return "c"
	case chroma.Operator:
		return "o"
	}
	return ""
}
