package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// scriptRunRE finds the notes2deck command lines of the test scripts.
var scriptRunRE = regexp.MustCompile(`(?m)^(?:\[[^\]]*\] )?(?:! )?(?:exec|status \d+) notes2deck\b(.*?)(?: &\w*&)?$`)

// TestReadmeExamples checks that every notes2deck command in a ```sh block of
// the README is run, with the same arguments, by some test script.
func TestReadmeExamples(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	scripts, err := filepath.Glob("testdata/script/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	tested := map[string]bool{}
	for _, s := range scripts {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range scriptRunRE.FindAllStringSubmatch(string(data), -1) {
			tested[strings.Join(strings.Fields(m[1]), " ")] = true
		}
	}
	n := 0
	for _, cmd := range readmeCommands(string(readme)) {
		n++
		if !tested[cmd] {
			t.Errorf("README example %q is run by no script in testdata/script", "notes2deck "+cmd)
		}
	}
	if n == 0 {
		t.Error("README has no notes2deck example in a ```sh block")
	}
}

// readmeCommands returns the arguments of each "notes2deck ..." line of the
// ```sh blocks of readme, without comments, redirections or pipes.
func readmeCommands(readme string) []string {
	var cmds []string
	inSh := false
	for _, line := range strings.Split(readme, "\n") {
		switch {
		case strings.HasPrefix(line, "```"):
			inSh = strings.TrimPrefix(line, "```") == "sh"
		case inSh && strings.HasPrefix(line, "notes2deck "):
			line, _, _ = strings.Cut(line, "#")
			line, _, _ = strings.Cut(line, "<")
			line, _, _ = strings.Cut(line, ">")
			line, _, _ = strings.Cut(line, "|")
			cmds = append(cmds, strings.Join(strings.Fields(strings.TrimPrefix(line, "notes2deck ")), " "))
		}
	}
	return cmds
}

// TestReadmeExitCodes checks that the README's table lists every exit code.
func TestReadmeExitCodes(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []int{exitOK, exitBuild, exitUsage, exitFindings} {
		if !strings.Contains(string(readme), "\n| "+strconv.Itoa(code)+" | ") {
			t.Errorf("README's exit-code table lacks %d", code)
		}
	}
}
