package extract

import "testing"

// TestContentsTitle: a heading that only says "Contents", in the language
// of the note, names no deck; the front matter's title or the file does.
func TestContentsTitle(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"---\ntitle: Numpy (4)\n---\n\n# **목록**\n\n@[toc]\n\n## Addition\n\nShapes must match.\n", "Numpy (4)"},
		{"# 目录\n\n[TOC]\n\n## 加法\n\n- 形状: 必须相同\n", "numpy"},
		{"# Sommaire\n\n## Addition\n\n- Forme : identique\n", "numpy"},
		{"# Numpy\n\n## Addition\n\n- Shape: the same\n", "Numpy"},
	} {
		d, err := Parse("numpy.md", []byte(tt.in), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Name != tt.want {
			t.Errorf("%q: deck %q, want %q", tt.in, d.Name, tt.want)
		}
	}
}
