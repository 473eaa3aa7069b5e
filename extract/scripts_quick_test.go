package extract

import (
	"testing"
	"unicode"
)

// TestLetterScriptASCII checks letterScript's quick test against the
// tables: every ASCII rune is a Latin letter exactly when the tables say so.
func TestLetterScriptASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		k, ok := letterScript(r)
		want := unicode.IsLetter(r)
		if ok != want || ok && (k != 0 || !unicode.In(r, scripts[0]...)) {
			t.Errorf("letterScript(%q) = %d, %v; the tables say letter %v", r, k, ok, want)
		}
	}
}
