package extract

import "testing"

// TestTableBreaksKeepLines: a row broken by soft returns inside its cells,
// and a header so broken, is one row on the line it opens on, and the rows
// and cards after it keep the lines the student's editor shows.
func TestTableBreaksKeepLines(t *testing.T) {
	src := "# Chem\n## Ions\n| Ion\u2028name | Charge |\n|---|---|\n| Sodium\u2028ion\u2029(Na) | +1 |\n| Chloride | -1 |\n\n- Proton: positive\n"
	d, err := Parse("n.md", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"Sodium<br>ion<br>(Na)": 6, "Chloride": 9, "Proton": 11}
	for _, c := range d.Cards {
		if line, ok := want[c.Front]; ok {
			if c.Pos.Line != line {
				t.Errorf("%q at line %d, want %d", c.Front, c.Pos.Line, line)
			}
			delete(want, c.Front)
		}
	}
	for front := range want {
		t.Errorf("no card %q", front)
	}
}
