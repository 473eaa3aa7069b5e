package extract

import (
	"encoding/csv"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// shared is the folder of sample notes, corpus and gold files beside the repository.
const shared = "../../shared"

// The scoring rule of shared/tools/score_cards.py, ported.
var (
	scoreTag      = regexp.MustCompile(`<[^>]*>`)
	scoreMarks    = regexp.MustCompile("[*_`]")
	scoreSpace    = regexp.MustCompile(`\s+`)
	scoreNonWord  = regexp.MustCompile(`[^\p{L}\p{N}_&'?]+`)
	scoreScaffold = regexp.MustCompile(`^(what is|what are|what's|what does|define|explain|describe|name)\s+`)
)

func scorePlain(s string) string {
	s = scoreTag.ReplaceAllString(s, " ")
	s = html.UnescapeString(s)
	s = strings.NewReplacer("\u2013", "-", "\u2014", "-", "\u2212", "-", "\u2019", "'", "\u2018", "'",
		"\u201c", `"`, "\u201d", `"`, "\u00a0", " ").Replace(s)
	s = scoreMarks.ReplaceAllString(s, "")
	return strings.ToLower(strings.TrimSpace(scoreSpace.ReplaceAllString(s, " ")))
}

func frontKey(s string) string {
	s = scoreNonWord.ReplaceAllString(scorePlain(s), " ")
	s = strings.Trim(scoreSpace.ReplaceAllString(s, " "), " ?")
	return strings.TrimSpace(scoreScaffold.ReplaceAllString(s, ""))
}

func frontMatches(alts []string, front string) bool {
	f := frontKey(front)
	if f == "" {
		return false
	}
	for _, alt := range alts {
		a := frontKey(alt)
		if a == f || (strings.Contains(f, a) && float64(len([]rune(a)))/float64(len([]rune(f))) >= 0.6) {
			return true
		}
	}
	return false
}

type goldFile struct {
	Cards []struct {
		Front []string `json:"front"`
		Back  []string `json:"back"`
		Hard  bool     `json:"hard"`
	} `json:"cards"`
	Forbidden []string `json:"forbidden"`
}

type score struct {
	found, normal, foundHard, hard, forbidden, junk int
	missed                                          []string
}

func scoreCards(g goldFile, cards []Card) score {
	var s score
	for _, gc := range g.Cards {
		ok := false
		for _, c := range cards {
			if !frontMatches(gc.Front, c.Front) {
				continue
			}
			b := scorePlain(c.Back)
			all := true
			for _, w := range gc.Back {
				if !strings.Contains(b, scorePlain(w)) {
					all = false
					break
				}
			}
			if all {
				ok = true
				break
			}
		}
		switch {
		case gc.Hard:
			s.hard++
			if ok {
				s.foundHard++
			}
		default:
			s.normal++
			if ok {
				s.found++
			}
		}
		if !ok {
			s.missed = append(s.missed, gc.Front[0])
		}
	}
	for _, c := range cards {
		for _, f := range g.Forbidden {
			if frontKey(c.Front) == frontKey(f) {
				s.forbidden++
			}
		}
		pf, pb := scorePlain(c.Front), scorePlain(c.Back)
		if pf == "" || pb == "" || pf == pb {
			s.junk++
		}
	}
	return s
}

// goldCases are the notes with hand-labelled gold cards.
var goldCases = []struct{ note, gold string }{
	{"notes/security-compliance.md", "gold/security-compliance.gold.json"},
	{"corpus/aws-ccp-ec2.md", "gold/aws-ccp-ec2.gold.json"},
	{"corpus/azure-az900-architecture-definitions.md", "gold/azure-az900-architecture-definitions.gold.json"},
}

// parseShared parses a note of the shared folder; images may be missing there.
func parseShared(t testing.TB, rel string) Deck {
	t.Helper()
	path := filepath.Join(shared, rel)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("shared notes not available: %v", err)
	}
	d, err := Parse(path, src, Options{Root: shared, IgnoreMissingMedia: true})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// writeCSV writes cards as a minimal Anki CSV.
func writeCSV(t *testing.T, cards []Card) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cards.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString("#separator:Comma\n#html:true\n#columns:Front,Back\n"); err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(f)
	for _, c := range cards {
		if err := w.Write([]string{c.Front, c.Back}); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestGold(t *testing.T) {
	for _, tc := range goldCases {
		t.Run(filepath.Base(tc.note), func(t *testing.T) {
			d := parseShared(t, tc.note)
			data, err := os.ReadFile(filepath.Join(shared, tc.gold))
			if err != nil {
				t.Skipf("gold file not available: %v", err)
			}
			var g goldFile
			if err := json.Unmarshal(data, &g); err != nil {
				t.Fatal(err)
			}
			s := scoreCards(g, d.Cards)
			recall := float64(s.found) / float64(s.normal)
			t.Logf("cards %d, found %d/%d, hard %d/%d, forbidden %d, junk %d", len(d.Cards), s.found, s.normal, s.foundHard, s.hard, s.forbidden, s.junk)
			if recall < 0.95 {
				t.Errorf("recall %.3f < 0.95; missed %q", recall, s.missed)
			}
			if s.hard > 0 && s.foundHard*2 < s.hard {
				t.Errorf("hard cards found %d/%d, want at least half", s.foundHard, s.hard)
			}
			if s.forbidden != 0 || s.junk != 0 {
				t.Errorf("forbidden %d, junk %d; want 0", s.forbidden, s.junk)
			}
			if tc.note == goldCases[0].note && len(d.Cards) > 2*len(g.Cards) {
				t.Errorf("%d cards for %d gold cards: too many near-duplicates", len(d.Cards), len(g.Cards))
			}

			python, err := exec.LookPath("python3")
			if err != nil {
				t.Skip("python3 not found: the real scorer was not run")
			}
			scorer := filepath.Join(shared, "tools", "score_cards.py")
			out, err := exec.Command(python, scorer, filepath.Join(shared, tc.gold), writeCSV(t, d.Cards),
				"--min-recall", "0.95", "--max-forbidden", "0").CombinedOutput()
			if err != nil {
				t.Errorf("score_cards.py: %v\n%s", err, out)
			}
			t.Logf("score_cards.py:\n%s", out)
		})
	}
}
