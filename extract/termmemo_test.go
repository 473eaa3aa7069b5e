package extract

import (
	"fmt"
	"sync"
	"testing"
)

// TestTermMemo checks that isTerm answers as judgeTerm does, asked once,
// again, from several goroutines at once, and for more texts than it has
// slots, so that texts share slots.
func TestTermMemo(t *testing.T) {
	texts := []string{"Photosynthesis", "The cell is the unit of life.", "Mitochondria", "Every PID is a UFD",
		"append()", "https://example.com", "1924-29", "Palsgraf v. Long Island R.R.", "", "Not all are the same size", "AND gate"}
	for i := range 3 * len(termMemos) {
		texts = append(texts, fmt.Sprintf("Term %d", i), fmt.Sprintf("this is clause number %d, not a term.", i))
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 2 {
				for _, s := range texts {
					if got, want := isTerm(s), judgeTerm(s); got != want {
						t.Errorf("isTerm(%q) = %v, judgeTerm says %v", s, got, want)
					}
				}
			}
		})
	}
	wg.Wait()
}
