package synth_test

import (
	"fmt"

	"github.com/notes2deck/notes2deck/extract/synth"
)

func ExampleVault() {
	total := 0
	for _, f := range synth.Vault(synth.Config{Cards: 10000, Files: 100}) {
		total += len(f.Data)
	}
	fmt.Println(total > 4_000_000)
	// Output: true
}
