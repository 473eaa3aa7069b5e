package extract

import "testing"

// TestLazyRegexps compiles every expression of the package, as
// regexp.MustCompile at start-up did: a bad one panics here, not in the
// build of the one note that needs it.
func TestLazyRegexps(t *testing.T) {
	if len(lazyRegexps) < 100 {
		t.Fatalf("lazyRegexps holds %d expressions, want every rule's", len(lazyRegexps))
	}
	for _, re := range lazyRegexps {
		if re() == nil {
			t.Fatal("lazyRegexp returned nil")
		}
	}
}
