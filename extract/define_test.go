package extract

import (
	"testing"

	"github.com/yuin/goldmark/text"
)

// splitText parses a one-line note and splits its first line.
func splitText(t *testing.T, line string) (term, def string, ok bool) {
	t.Helper()
	src := []byte(line + "\n")
	p := &parsed{file: "t.md", src: src, lineStart: lineStarts(src), images: map[string]string{}}
	p.doc = markdown.Parser().Parse(text.NewReader(src))
	n := p.doc.FirstChild()
	if n == nil || n.Lines().Len() == 0 {
		return "", "", false
	}
	r := n.Lines().At(0)
	s, ok := p.splitLine(n, r.Start, r.Stop)
	if !ok {
		return "", "", false
	}
	return p.plain(n, s.termLo, s.termHi), p.plain(n, s.defLo, s.defHi), true
}

func TestSplitLine(t *testing.T) {
	yes := []struct{ line, term, def string }{
		{"AWS WAF: filters requests", "AWS WAF", "filters requests"},
		{"Shield - DDoS protection", "Shield", "DDoS protection"},
		{"KMS – Key Management Service", "KMS", "Key Management Service"},
		{"HSM — hardware", "HSM", "hardware"},
		{"TLS --- transport", "TLS", "transport"},
		{"RU = request unit", "RU", "request unit"},
		{"Blob → object storage", "Blob", "object storage"},
		{"Queue -> buffer", "Queue", "buffer"},
		{"用語：定義", "用語", "定義"},
		{"**Bold**: def", "Bold", "def"},
		{"**Bold:** def", "Bold", "def"},
		{"**Bold** - def", "Bold", "def"},
		{"**Amazon EC2** rents virtual servers", "Amazon EC2", "rents virtual servers"},
		{"Savings Plans (1 & 3 years): commitment", "Savings Plans (1 & 3 years)", "commitment"},
		{"Root user = Account Owner (created with the account)", "Root user", "Account Owner (created with the account)"},
		{"bootstrapping means launching commands", "bootstrapping", "launching commands"},
		{"Key difference with Azure Logic Apps: Functions requires code", "Key difference with Azure Logic Apps", "Functions requires code"},
		{"What does it cost?: nothing", "What does it cost?", "nothing"},
		{"443 - HTTPS", "443", "HTTPS"},
	}
	for _, c := range yes {
		term, def, ok := splitText(t, c.line)
		if !ok || term != c.term || def != c.def {
			t.Errorf("%q: got %q | %q (%v), want %q | %q", c.line, term, def, ok, c.term, c.def)
		}
	}
	no := []string{
		"Used to provide in-flight encryption for websites - HTTPS",
		"Sometimes security findings require deeper analysis to isolate the root cause - it is complex",
		"Remember: only for EC2 instances",
		"Note: this is a note",
		"Example: a thing",
		"Correct answer: D",
		"Source: somewhere",
		"LM: https://docs.example.com/learn",
		"LM https://docs.example.com/learn",
		"See: https://example.com",
		"Meet at 10:30 today",
		"Mix 1:2 of each",
		"`a = b` assigns",
		"`x: y` in YAML",
		"Get a discount (up to 72% - same as RIs)",
		"Compute services like: VMs",
		"It provides flexibility: a lot",
		"They are suitable for many workloads",
		"Cryptographic operations are performed within the cluster",
		"This is somewhat similar",
		"10:30 - meeting",
		"https://example.com - a site",
		"Linux, Windows and Mac - all supported",
		"**Only 1 VPN gateway per virtual network**",
		"Plain text with no separator at all",
		"std::vector holds items",
		"Step 1: install the tools",
		"Chapter 3 - Networking",
		"GitHub: https://github.com/example/repo",
		"Q1: What is a pod?",
		"1 - 2 hours",
		"12:30",
	}
	for _, line := range no {
		if term, def, ok := splitText(t, line); ok {
			t.Errorf("%q split into %q | %q; want no split", line, term, def)
		}
	}
}

func TestIsTerm(t *testing.T) {
	for s, want := range map[string]bool{
		"AWS WAF":                      true,
		"Azure Active Directory (AAD)": true,
		"DoS or DDoS attacks":          true,
		"a b c d e f g":                false,
		"Note":                         false,
		"Compute services like":        false,
		"12:30":                        false,
		"It":                           false,
		"x = 1":                        false,
		"www.example.com":              false,
		"One, two":                     false,
		"":                             false,
	} {
		if got := isTerm(s); got != want {
			t.Errorf("isTerm(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestNamedStatement(t *testing.T) {
	for _, tt := range []struct {
		head, want string
	}{
		{"Definition 1 (Vector space)", "Vector space"},
		{"Theorem (Rank–nullity)", "Rank–nullity"},
		{"Def. 3.2 (Basis)", "Basis"},
		{"lemma (Zorn)", "Zorn"},
		{"Example (Sets)", ""},
		{"Theorem ()", ""},
		{"Theorem (a) (b)", ""},
		{"Vector space (VS)", ""},
		{"Theorem 3.1", ""},
		{"Thm. [Lagrange]", "Lagrange"},
		{"Theorem [Cauchy].", "Cauchy"},
		{"Lemma 4.1 [Zorn].", "Zorn"},
		{"Prop. 2.1 (Cancellation).", "Cancellation"},
		{"Thm (Cauchy)", "Cauchy"},
		{"Theorem 4 (Fermat's little theorem):", "Fermat's little theorem"},
		{"Definition: (Orthogonal complement)", "Orthogonal complement"},
		{"Theorem 1: (One-Step Subgroup Test)", "One-Step Subgroup Test"},
		{"Theorem [a] (b)", ""},
		{"Theorem (a]", ""},
		{"Thmx (Cauchy)", ""},
	} {
		lo, hi, ok := namedStatement([]byte(tt.head))
		got := ""
		if ok {
			got = tt.head[lo:hi]
		}
		if got != tt.want {
			t.Errorf("namedStatement(%q) = %q, want %q", tt.head, got, tt.want)
		}
	}
}

func TestSpells(t *testing.T) {
	for _, tt := range []struct {
		acr, expansion string
		want           bool
	}{
		{"TLS", "Transport Layer Security", true},
		{"IAM", "Identity and Access Management", true},
		{"MFA", "Multi-Factor Authentication", true},
		{"HTTP", "HyperText Transfer Protocol", true},
		{"AT&T", "American Telephone & Telegraph", true},
		{"EC2", "Elastic Compute Cloud", false}, // C² is beyond it
		{"SSO", "Single Sign-On", true},
		{"PII", "personally identifiable information", true},
		{"TLS", "for encryption", false},
		{"Host", "Dedicated, Default", false},
		{"A", "Apple", false},
		{"ABC", "Always Be Closing deals", false},
		{"aws", "Amazon Web Services", false},
	} {
		if got := spells(tt.acr, tt.expansion); got != tt.want {
			t.Errorf("spells(%q, %q) = %v, want %v", tt.acr, tt.expansion, got, tt.want)
		}
	}
}

func TestStripNumbering(t *testing.T) {
	for in, want := range map[string]string{
		"2.1 Memory":                 "Memory",
		"3) Paging":                  "Paging",
		"1. Intro":                   "Intro",
		"3.1 - Securing the account": "Securing the account",
		"3.2 – Policy documents":     "Policy documents",
		"3.1: Title":                 "Title",
		"12 - Week twelve":           "Week twelve",
		"2024 Election":              "2024 Election",
		"1789: The Revolution":       "1789: The Revolution",
		"1789 – The Revolution":      "1789 – The Revolution",
		"3D printing":                "3D printing",
		"6.-¿Qué es el kernel?":      "¿Qué es el kernel?",
		"1.-2 = -1":                  "1.-2 = -1",
		"一、TCP/UDP":                  "TCP/UDP",
		"（1）通信的概念":                   "通信的概念",
		"(가) 버스형":                    "버스형",
		"1.TCP和UDP的区别？":              "TCP和UDP的区别？",
		"1.5倍":                       "1.5倍",
		"1、2、3":                      "1、2、3",
		"一致性":                        "一致性",
		"(1) RDB":                    "RDB",
		"(1)RDB":                     "RDB",
		"(1)n = 0":                   "(1)n = 0",
		"(a) RDB":                    "(a) RDB",
	} {
		if got := stripNumbering(in); got != want {
			t.Errorf("stripNumbering(%q) = %q, want %q", in, got, want)
		}
	}
}
