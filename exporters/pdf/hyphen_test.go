package pdf

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestLongWordHyphen: a word wider than its column, with no hyphen or
// slash of its own, is cut between letters with a hyphen at each line's
// end, so a reader sees it goes on ("Donaudampfschifffahrtsg" over
// "esellschaft…" before, read as two words); Chinese text and inline code
// are cut with no mark, as a hyphen there would be read as part of them.
func TestLongWordHyphen(t *testing.T) {
	file := filepath.Join(t.TempDir(), "words.md")
	const compound = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"
	const han = "键值相同的概率不会超过键值相同的概率不会超过键值相同的概率不会超过"
	const ident = "getUserAccountInformationFromTheRemoteDatabaseServer"
	src := "# Wörter\n\n- Beispiel: " + compound + "\n- 概率: " + han + "\n- Call: `" + ident + "`\n"
	all := sheetText(t, file, src, Exporter{Columns: 6})
	var pieces []string
	joined := ""
	for _, w := range strings.Fields(all) {
		if len(pieces) == 0 && !strings.HasPrefix(w, "Donau") || joined == compound {
			continue
		}
		pieces = append(pieces, w)
		joined += strings.TrimSuffix(w, "-")
		if joined != compound && !strings.HasSuffix(w, "-") {
			t.Errorf("piece %q of the cut compound ends with no hyphen", w)
		}
	}
	if joined != compound || len(pieces) < 2 {
		t.Errorf("compound printed as %q, want it cut into hyphenated pieces", pieces)
	}
	if strings.Contains(all, "概-") || strings.Contains(all, "过-") || strings.Contains(all, "相-") {
		t.Errorf("Chinese text cut with a hyphen: %s", all)
	}
	for _, w := range strings.Fields(all) {
		if strings.HasPrefix(w, "getUser") && strings.HasSuffix(w, "-") {
			t.Errorf("inline code cut with a hyphen: %q", w)
		}
	}
}

// TestSoftHyphenUnseen pins that a soft hyphen inside a word prints nothing:
// the font draws U+00AD as a hyphen, so "infor­mation" read "infor-mation".
func TestSoftHyphenUnseen(t *testing.T) {
	file := filepath.Join(t.TempDir(), "shy.md")
	src := "# Words\n\n- Term: a hy\u00adphen\u00adated word and infor\u00admation\n"
	all := sheetText(t, file, src, Exporter{Columns: 1})
	if strings.Contains(all, "\u00ad") || strings.Contains(all, "hy-") {
		t.Errorf("soft hyphens printed: %q", all)
	}
	if !strings.Contains(all, "hyphenated") || !strings.Contains(all, "information") {
		t.Errorf("words printed as %q, want hyphenated and information whole", all)
	}
}

// TestTechnicalWordBreaks: an identifier, an environment variable or a URL
// too long for its column is cut where it joins its parts, before a
// capital, after an underscore, a dot or a slash, and with no hyphen:
// "getUserAccountInformationFromTheRemoteDatabaseServ-" over "er" and
// "AWS_SECRET_ACCESS_KEY_FOR_THE_PRODUCTION_ENVIR-" over "ONMENT_ONLY"
// read as if the hyphen were part of the name.
func TestTechnicalWordBreaks(t *testing.T) {
	file := filepath.Join(t.TempDir(), "names.md")
	names := []string{
		"getUserAccountInformationFromTheRemoteDatabaseServer",
		"AWS_SECRET_ACCESS_KEY_FOR_THE_PRODUCTION_ENVIRONMENT_ONLY",
		"spring.datasource.hikari.maximumPoolSizeConfigurationProperty",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html",
	}
	src := "# Names\n\n"
	for _, n := range names {
		src += "- Name: " + n + "\n"
	}
	all := sheetText(t, file, src, Exporter{Columns: 4})
	for _, name := range names {
		var pieces []string
		joined := ""
		for _, w := range strings.Fields(all) {
			if joined == name || len(pieces) == 0 && !strings.HasPrefix(name, w) {
				continue
			}
			if !strings.HasPrefix(name, joined+w) {
				pieces, joined = nil, ""
				continue
			}
			pieces = append(pieces, w)
			joined += w
		}
		if joined != name || len(pieces) < 2 {
			t.Errorf("%s printed as %q, want it cut into pieces that join to it", name, pieces)
			continue
		}
		for _, p := range pieces[:len(pieces)-1] {
			next := name[len(strings.Join(pieces[:slices.Index(pieces, p)+1], "")):]
			last, first := p[len(p)-1], next[0]
			atJoin := strings.ContainsRune("._/", rune(last)) || last >= 'a' && last <= 'z' && first >= 'A' && first <= 'Z'
			if !atJoin {
				t.Errorf("%s cut inside a part: %q then %q", name, p, next)
			}
		}
	}
}

// TestIsTechnical pins which words are cut with no hyphen.
func TestIsTechnical(t *testing.T) {
	for w, want := range map[string]bool{
		"getUserAccount": true, "AWS_SECRET": true, "spring.datasource": true, "https://docs.aws": true,
		"user@example": true, "a=b": true,
		"(13.)siebenundzwanzigste": false, "Donaudampfschifffahrt": false, "end.": false, "so:": false,
		"Hydroboration-oxidation": false, "McDonald": true,
	} {
		if got := isTechnical([]part{{text: w}}); got != want {
			t.Errorf("isTechnical(%q) = %v, want %v", w, got, want)
		}
	}
}
