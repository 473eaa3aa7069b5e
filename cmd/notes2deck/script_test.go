package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/notes2deck/notes2deck/extract"
	"github.com/rogpeppe/go-internal/testscript"
)

// scriptCommand is the name the test binary answers to when a script runs it.
const scriptCommand = "notes2deck"

// init makes the test binary behave as notes2deck (as main does) when it is
// started under that name, as testscript.Main does; TestMain is
// e2e_test.go's.
func init() {
	if filepath.Base(os.Args[0]) == scriptCommand {
		catchStopSignals(os.Stderr)
		quietBrokenPipe()
		os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
	}
}

// TestScripts runs testdata/script/*.txtar against the real command line:
// "exec notes2deck ..." starts this test binary under the name notes2deck.
func TestScripts(t *testing.T) {
	bin := t.TempDir()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if err := linkOrCopy(self, filepath.Join(bin, scriptCommand)); err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status":   cmdStatus,
			"cmpguids": cmdCmpGUIDs,
			"waitfile": cmdWaitFile,
			"sameguid": cmdSameGUID,
			"crlf":     cmdCRLF,
		},
		Condition: func(cond string) (bool, error) {
			if cond != "cards" {
				return false, errors.New("unknown condition " + cond)
			}
			return extractorMakesCards(), nil
		},
		Setup: func(env *testscript.Env) error {
			env.Setenv("PATH", bin+string(os.PathListSeparator)+env.Getenv("PATH"))
			env.Setenv("SOURCE_DATE_EPOCH", "1700000000")
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}

// linkOrCopy makes to a copy of the executable from, by a hard link if it can.
func linkOrCopy(from, to string) error {
	if err := os.Link(from, to); err == nil {
		return nil
	}
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o755)
}

// cmdStatus runs "status N command args...": the command must exit with code N.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status CODE command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: %v", err)
	}
	got := 0
	var ee *exec.ExitError
	if err := ts.Exec(args[1], args[2:]...); errors.As(err, &ee) {
		got = ee.ExitCode()
	} else if err != nil {
		ts.Fatalf("status: %v", err)
	}
	if got != want {
		ts.Fatalf("%s exited %d, want %d", args[1], got, want)
	}
}

// cmdCmpGUIDs runs "cmpguids cards.json cards.csv": the JSON must be an array
// of cards holding exactly the GUIDs of the CSV, in the same order.
func cmdCmpGUIDs(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: cmpguids cards.json cards.csv")
	}
	var cards []jsonCard
	if err := json.Unmarshal([]byte(ts.ReadFile(args[0])), &cards); err != nil {
		ts.Fatalf("%s is not a JSON array of cards: %v", args[0], err)
	}
	var lines []string
	for _, l := range strings.Split(ts.ReadFile(args[1]), "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	rows, err := csv.NewReader(strings.NewReader(strings.Join(lines, "\n"))).ReadAll()
	if err != nil {
		ts.Fatalf("%s: %v", args[1], err)
	}
	var fromJSON, fromCSV []string
	for _, c := range cards {
		fromJSON = append(fromJSON, c.GUID)
	}
	for _, r := range rows {
		fromCSV = append(fromCSV, r[0])
	}
	if !slices.Equal(fromJSON, fromCSV) {
		ts.Fatalf("GUIDs differ:\n%s: %v\n%s: %v", args[0], fromJSON, args[1], fromCSV)
	}
	ts.Logf("%d cards, same GUIDs", len(cards))
}

// cmdCRLF runs "crlf [-bom] FILE": every line end of FILE becomes CRLF, as
// git's autocrlf or a Windows sync leaves them, and with -bom a UTF-8 byte order
// mark opens it, as an editor may save it.
func cmdCRLF(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 || len(args) > 2 || len(args) == 2 && args[0] != "-bom" {
		ts.Fatalf("usage: crlf [-bom] FILE")
	}
	file := ts.MkAbs(args[len(args)-1])
	s := strings.ReplaceAll(strings.ReplaceAll(ts.ReadFile(args[len(args)-1]), "\r\n", "\n"), "\n", "\r\n")
	if len(args) == 2 {
		s = "\uFEFF" + s
	}
	ts.Check(os.WriteFile(file, []byte(s), 0o644))
}

// cmdSameGUID runs "sameguid A.csv FRONT B.csv FRONT2": the card of A.csv
// whose front is FRONT has the GUID of the card of B.csv whose front is
// FRONT2 ("! sameguid": it has another). A front may be written after its
// Context field, "Biology › Enzymes › Is it reversible?"; each must name
// exactly one card.
func cmdSameGUID(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 4 {
		ts.Fatalf("usage: sameguid A.csv FRONT B.csv FRONT2")
	}
	guid := func(file, front string) string {
		var lines []string
		for _, l := range strings.Split(ts.ReadFile(file), "\n") {
			if !strings.HasPrefix(l, "#") {
				lines = append(lines, l)
			}
		}
		rows, err := csv.NewReader(strings.NewReader(strings.Join(lines, "\n"))).ReadAll()
		if err != nil {
			ts.Fatalf("%s: %v", file, err)
		}
		var found []string
		for _, r := range rows {
			if len(r) > 5 && (r[3] == front || r[5]+" › "+r[3] == front) {
				found = append(found, r[0])
			}
		}
		if len(found) != 1 {
			ts.Fatalf("%s: %d cards with the front %q, want 1", file, len(found), front)
		}
		return found[0]
	}
	a, b := guid(args[0], args[1]), guid(args[2], args[3])
	if (a == b) == neg {
		ts.Fatalf("%s %q has GUID %s, %s %q has %s", args[0], args[1], a, args[2], args[3], b)
	}
}

// cmdWaitFile runs "waitfile FILE": it waits up to 10 seconds for FILE to exist.
func cmdWaitFile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: waitfile FILE")
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(ts.MkAbs(args[0])); err == nil {
			return
		}
	}
	ts.Fatalf("%s did not appear within 10s", args[0])
}

// extractorMakesCards reports whether the extractor turns a plain
// "Term: definition" bullet into a card, for scripts to skip their checks on
// card contents while it cannot.
func extractorMakesCards() bool {
	d, err := extract.Parse("probe.md", []byte("# Probe\n\n- Nucleus: holds the DNA\n"), extract.Options{})
	return err == nil && len(d.Cards) > 0
}
