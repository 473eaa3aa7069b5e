package main

import "testing"

func TestPlainText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"holds the cell&#39;s <b>DNA</b>", "holds the cell's DNA"},
		{"one<br>two", "one\ntwo"},
		{"<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>", "- a\n- b\n  - c"},
		{"<ol><li><p>first</p></li><li><p>second</p></li></ol>", "1. first\n2. second"},
		{"<p>Lead:</p><ul><li>x</li></ul>", "Lead:\n- x"},
		{`<ol><li>one</li></ol><ul><li>sub</li></ul><ol start="2"><li>two</li><li>three</li></ol>`, "1. one\n- sub\n2. two\n3. three"},
		{"<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>", "A | B\n1 | 2"},
		{"<pre><code>echo $HOME\n</code></pre>", "echo $HOME"},
		{"", ""},
	} {
		if got := plainText(tc.in); got != tc.want {
			t.Errorf("plainText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
