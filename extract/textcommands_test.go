package extract

import (
	"strings"
	"testing"
)

// TestTexTextCommands: LaTeX's text commands in a note's text become the
// Markdown they mean; formulas, code and odd input stay as typed.
func TestTexTextCommands(t *testing.T) {
	tests := []struct{ in, want string }{
		{`two kinds of \textit{complexity}.`, `two kinds of *complexity*.`},
		{`\textbf{\emph{both}}`, `***both***`},
		{`\emph{ loose }`, ` *loose* `},
		{`\emph{a*b} \hl{}`, `a*b `},
		{`See \url{https://x.org/a_b} or \url{the notes}`, `See <https://x.org/a_b> or the notes`},
		{`$\textbf{x}$ and \(\emph{y}\) and ` + "`\\hl{z}`", `$\textbf{x}$ and \(\emph{y}\) and ` + "`\\hl{z}`"},
		{`\$5 \textbf{x}`, `\$5 **x**`},
		{`\textbf{unclosed`, `\textbf{unclosed`},
		{`\textbf`, `\textbf`},
		{`\`, `\`},
		{`\textbf{` + strings.Repeat("{", 5000) + `}`, `\textbf{` + strings.Repeat("{", 5000) + `}`},
		{"$$\n\\textbf{Name}\n$$\n\\emph{x}", "$$\n\\textbf{Name}\n$$\n*x*"},
		{"\\begin{align}\n\\textbf{a}\n\\end{align}\n\\emph{x}", "\\begin{align}\n\\textbf{a}\n\\end{align}\n*x*"},
		{"```\n\\emph{code}\n```\n", "```\n\\emph{code}\n```\n"},
	}
	for _, tt := range tests {
		if got := string(texTextCommands([]byte(tt.in))); got != tt.want {
			t.Errorf("texTextCommands(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
