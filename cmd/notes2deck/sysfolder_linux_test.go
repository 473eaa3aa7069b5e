package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSystemFolderOut: "--out /proc" or "out: /proc/x" said "lock /proc: no
// such file or directory" and exited 1; it names the folder, says it cannot
// hold files and exits 2, as other mistakes of the command line do.
func TestSystemFolderOut(t *testing.T) {
	if _, fsName := systemFolder("/proc"); fsName != "proc" {
		t.Skip("/proc is no proc file system here")
	}
	note := filepath.Join(t.TempDir(), "n.md")
	if err := os.WriteFile(note, []byte("# Bio\n\n## Cells\n\nUnits of life.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{"/proc", "/proc/notes2deck-out", "/proc/self/x"} {
		r := runBin(t, "build", "-q", "--format", "csv", "--out", out, note)
		if r.code != exitUsage || !strings.Contains(r.stderr, "is a system folder (proc file system) that cannot hold files") || !strings.Contains(r.stderr, out) {
			t.Errorf("--out %s: exit %d, %q; want exit %d naming the system folder", out, r.code, r.stderr, exitUsage)
		}
	}
	if folder, _ := systemFolder(t.TempDir()); folder != "" {
		t.Errorf("a temp folder is a system folder %q", folder)
	}
}
