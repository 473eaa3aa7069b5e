package pdf

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTableWholeWords: columns get their longest word when the table fits
// that way, the prose column giving up room ("126.255.255.255" printed
// "126.255.255." over "255" before), and ":-:" and "--:" columns are
// centred and flush right.
func TestTableWholeWords(t *testing.T) {
	file := filepath.Join(t.TempDir(), "ip.md")
	src := "# IP classes\n\n| Class | Starting IP | Ending IP | Default Subnet Mask | CIDR | Use Case |\n" +
		"|:-----:|-------------|-----------|---------------------|-----:|----------|\n" +
		"| A | 1.0.0.0 | 126.255.255.255 | 255.0.0.0 | /8 | Large networks (gov, ISPs) |\n" +
		"| B | 128.0.0.0 | 191.255.255.255 | 255.255.0.0 | /16 | Medium networks (universities, corps) |\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	at := map[string]bword{}
	for _, w := range words(t, render(t, []string{file}, Exporter{})) {
		at[w.text] = w
	}
	for _, ip := range []string{"126.255.255.255", "191.255.255.255", "255.255.0.0"} {
		if _, ok := at[ip]; !ok {
			t.Errorf("%q broken across lines", ip)
		}
	}
	class, a := at["Class"], at["A"]
	if mid := (a.xMin + a.xMax) / 2; mid < class.xMin+(class.xMax-class.xMin)/2-1.5 || mid > class.xMin+(class.xMax-class.xMin)/2+1.5 {
		t.Errorf("\"A\" centred at x %.1f, want under \"Class\" (%.1f–%.1f)", mid, class.xMin, class.xMax)
	}
	if cidr, w8, w16 := at["CIDR"], at["/8"], at["/16"]; w8.xMax < cidr.xMax-1 || w8.xMax-w16.xMax > 0.5 || w16.xMax-w8.xMax > 0.5 {
		t.Errorf("\"/8\" ends at x %.1f, \"/16\" at %.1f, want both flush right under \"CIDR\" (ends at %.1f)", w8.xMax, w16.xMax, cidr.xMax)
	}
}

// TestTableBreaksAtHyphen: a compound too long for its narrow column is
// broken after its hyphen or slash, where a reader expects it, not between
// two letters ("Hydroboration-ox" over "idation" before).
func TestTableBreaksAtHyphen(t *testing.T) {
	file := filepath.Join(t.TempDir(), "alcohol.md")
	src := "# Synthesis of alcohol\n\n| Reaction | Reactant | Condition | Product | Overall |\n" +
		"|---|---|---|---|---|\n" +
		"| Hydroboration-oxidation | alkene | HBR2, H2O2/OH- | alcohol | alkene —(1) HBR2, (2) H2O2/OH-→ ROH |\n" +
		"| Oxymercuration-reduction | alkene | Hg(OAc)2/H2O, NaBH2/NaOH | alcohol | alkene —(1) Hg(OAc)2/H2O, (2) NaBH2/NaOH→ ROH |\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	at := map[string]bool{}
	for _, w := range words(t, render(t, []string{file}, Exporter{})) {
		at[w.text] = true
	}
	for _, piece := range []string{"Hydroboration-", "oxidation", "Oxymercuration-", "reduction"} {
		if !at[piece] {
			t.Errorf("no %q on a line of its own; words: %v", piece, at)
		}
	}
}
