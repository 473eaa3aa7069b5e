package extract

import "testing"

// TestDisplayBlanks: a blank line or a row of "=" inside a "$$" display
// starts with "{}", line for line; one outside a closed display, or before
// Markdown, is left.
func TestDisplayBlanks(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"typora rows", "$$\n\\begin{align}\n\nx = 1 \\\\\n\ny = 2\n\\end{align}\n$$\n",
			"$$\n\\begin{align}\n{}\nx = 1 \\\\\n{}\ny = 2\n\\end{align}\n$$\n"},
		{"indented in a list", "- a\n  $$\n  x\n\n  y\n  $$\n", "- a\n  $$\n  x\n  {}\n  y\n  $$\n"},
		{"a row of equals", "$$\nA\n=\nB\n$$\n", "$$\nA\n{}=\nB\n$$\n"},
		{"no blank line", "$$\nx\n$$\n\ntext\n", "$$\nx\n$$\n\ntext\n"},
		{"never closed", "$$\nx\n\ntext\n", "$$\nx\n\ntext\n"},
		{"prose between", "$$\nx\n\nthen $y$ holds\n$$\n", "$$\nx\n\nthen $y$ holds\n$$\n"},
		{"a heading between", "$$\nx\n\n# Rank\n$$\n", "$$\nx\n\n# Rank\n$$\n"},
		{"a list between", "$$\nx\n\n- item\n$$\n", "$$\nx\n\n- item\n$$\n"},
		{"a row that reads as a list", "$$\nx\n+ y\n$$\n\ntext\n\n$$\nz\n$$\n", "$$\nx\n+ y\n$$\n\ntext\n\n$$\nz\n$$\n"},
		{"after one left as Markdown", "$$\nx\n\n- y\n$$\n\ntext\n\n$$\nz\n$$\n", "$$\nx\n\n- y\n$$\n\ntext\n\n$$\nz\n$$\n"},
		{"environment on the opening line", "$$\\begin{gathered}\nx(t)=a \\cos{t}\\\\\n\n\\end{gathered}$$\n\n$$\\begin{x}$$\n\ny\n$$\n",
			"$$\\begin{gathered}\nx(t)=a \\cos{t}\\\\\n{}\n\\end{gathered}$$\n\n$$\\begin{x}$$\n\ny\n$$\n"},
		{"in code", "```\n$$\nx\n\ny\n$$\n```\n", "```\n$$\nx\n\ny\n$$\n```\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(displayBlanks([]byte(tt.in))); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
