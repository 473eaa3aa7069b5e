package extract

import (
	"slices"
	"testing"
)

// TestVimwikiTags: a line of Vimwiki's tags alone gives its tags; a line
// that only opens or ends with a colon, or whose tag has no letter, none.
func TestVimwikiTags(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{":glycolyse:biochemie:", []string{"glycolyse", "biochemie"}},
		{":katalytische_triade:serin-195:", []string{"katalytische_triade", "serin-195"}},
		{":todo:", []string{"todo"}},
		{":= assigns a value", nil},
		{":-)", nil},
		{":2024:", nil},
		{":a b:", nil},
		{"Note: x:", nil},
	} {
		if got := vimwikiTags([]byte(tc.line)); !slices.Equal(got, tc.want) {
			t.Errorf("vimwikiTags(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}
