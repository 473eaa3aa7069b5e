package extract

// algorithmAspects name a measure or a use of an algorithm, a data
// structure or a solution, which asks nothing without it: "**Time
// Complexity:** O(n log n)" under "### Merge Sort" and "**Time
// Complexity:** O(n^2) worst" under "### Quick Sort" are two answers to
// "Time Complexity".
var algorithmAspects = map[string]bool{
	"time complexity": true, "space complexity": true, "complexity": true, "time": true, "space": true,
	"runtime": true, "run time": true, "running time": true, "auxiliary space": true,
	"best case": true, "worst case": true, "average case": true, "when to use": true,
	"use case": true, "use cases": true, "useful for": true, "intuition": true, "key idea": true,
	"invariant": true, "invariants": true,
}

// aspectOfOwners reports whether the front f of the cards is names a
// measure of what each sits under (see algorithmAspects), under two levels
// or more (part): a note that gives each algorithm its "Time Complexity"
// alone shares no second front, so partOfOwners misses it, yet asked bare
// the front is one question with one answer per algorithm.
func aspectOfOwners(f string, is []int, part map[int]string) bool {
	if len(f) > lookupKeyMax || !algorithmAspects[f] {
		return false // the quick test: f is case folded already (see readKey)
	}
	var first string
	for _, i := range is {
		o, ok := part[i]
		if !ok {
			continue
		}
		if first == "" {
			first = o
		} else if o != first {
			return true
		}
	}
	return false
}
