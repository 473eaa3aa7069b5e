package main

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// hostileNote is a note full of HTML and links that would run script, load
// styles or fetch from the network if a card passed them on. addr is a
// local listener that must never be contacted.
func hostileNote(addr string) string {
	return strings.ReplaceAll(`# Safety

- Script: <script>alert(1)</script> after
- Img: <img src="http://ADDR/x.png" onerror=alert(1)> after
- Frame: <iframe src="http://ADDR/frame"></iframe> after
- Link: [click me](javascript:alert(1)) after
- Data link: [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) after
- Style: <style>body{display:none}</style> after
- Handler: <a href="#" onclick="alert(1)">click</a> after
- Object: <object data="x.swf"></object> and <embed src="x.swf"> after
- SVG: <svg onload=alert(1)><circle/></svg> after
- Remote image: ![pixel](http://ADDR/pixel.png) after
- Autolink: <javascript:alert(1)> after
- Styled: <span style="background:url(http://ADDR/bg)">styled</span> after
- Form: <form action="javascript:alert(1)"><button formaction="javascript:alert(2)">go</button></form> after

<script>alert("block")</script>

<div onmouseover="alert(1)">Block HTML: with a handler</div>

<iframe src="http://ADDR/block"></iframe>

## What does <img src="http://ADDR/q.png" onerror=alert(1)> do?
It runs script in a careless renderer.

## Where does [this](javascript:alert(2)) go?
Nowhere <img src=javascript:alert(3)>.
`, "ADDR", addr)
}

// TestCardSafety builds the hostile note into all three outputs and reads
// every field back, from the CSV and from the package's notes.flds: no
// element, attribute or URL that could run or load anything remains. A
// listener on the addresses the note names checks nothing is fetched.
func TestCardSafety(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var contacted atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			contacted.Add(1)
			c.Close()
		}
	}()
	dir, out := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{"safety.md": hostileNote(ln.Addr().String())})
	r := runBin(t, "build", "-q", "--out", out, filepath.Join(dir, "safety.md"))
	noTrace(t, r)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	p, rows := checkOutputs(t, out, "safety")
	if len(p.notes) < 10 {
		t.Errorf("%d notes, want at least 10: the hostile lines should still make cards", len(p.notes))
	}
	table, err := os.ReadFile(filepath.Join(out, "safety.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for src, records := range map[string][][]string{"apkg": p.fields(), "csv": htmlColumns(table, rows)} {
		for _, fields := range records {
			for _, f := range fields {
				if bad := activeContent(f); bad != "" {
					t.Errorf("%s field holds %s: %q", src, bad, f)
				}
			}
		}
	}
	if pdf, err := os.ReadFile(filepath.Join(out, "safety.pdf")); err != nil || len(pdf) == 0 {
		t.Errorf("no cheat sheet: %v", err)
	}
	time.Sleep(100 * time.Millisecond)
	if n := contacted.Load(); n != 0 {
		t.Errorf("the build made %d connections to %s", n, ln.Addr())
	}
}

// TestImagesStayInside: an image outside the notes folder (by ../, an
// absolute path or a symbolic link) stops the build with file:line; the
// previous outputs are unchanged.
func TestImagesStayInside(t *testing.T) {
	out, before := prebuilt(t)
	root := t.TempDir()
	secret := filepath.Join(root, "secret.png")
	writeFiles(t, root, map[string]string{"secret.png": "\x89PNG\r\n\x1a\nsecret"})
	notes := filepath.Join(root, "notes")
	if err := os.MkdirAll(notes, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(notes, "link.png")); err != nil {
		t.Fatal(err)
	}
	for _, dest := range []string{"../secret.png", "sub/../../secret.png", secret, "link.png", `..\secret.png`, "..&#47;secret.png"} {
		t.Run(dest, func(t *testing.T) {
			writeFiles(t, notes, map[string]string{"n.md": fmt.Sprintf("# N\n\n- Pic: ![x](%s)\n", dest)})
			r := runBin(t, "build", "--out", out, notes)
			failsCleanly(t, r, 1, "n.md:3: image", out, before)
			if strings.Contains(r.stderr, "secret\n") {
				t.Errorf("stderr shows the file's content")
			}
		})
	}
}

// TestTerminalEscapes: preview, check and build --print-config show the
// control characters of a note, of its file name and of notes2deck.yaml
// escaped, as build does, so that shared notes cannot clear the screen or
// retitle the window; the layout's tabs and newlines and non-ASCII letters
// are kept.
func TestTerminalEscapes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"x\x1b[31my.md":   "# Célula\n\n- Term\x1b]0;pwned\x07: back\x1b[2J\x1b[H\u009b31m élan\n",
		"notes2deck.yaml": "out: \"Bio\\e[2J\"\n",
	})
	for _, args := range [][]string{{"preview", "--verbose", dir}, {"check", dir}, {"build", "--print-config", dir}} {
		r := runBin(t, args...)
		noTrace(t, r)
		if r.code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], r.code, r.stderr)
		}
		all := r.stdout + r.stderr
		if i := strings.IndexFunc(all, isControl); i >= 0 {
			t.Errorf("%s: control character %q printed raw:\n%s", args[0], all[i], all)
		}
		wants := []string{`x\x1b[31my.md`}
		if args[0] == "build" {
			wants = []string{`Bio\x1b[2J`}
		}
		if args[0] == "preview" {
			wants = append(wants, `Term\x1b]0;pwned\x07: back\x1b[2J\x1b[H\u009b31m élan`, "Célula  (")
		}
		for _, want := range wants {
			if !strings.Contains(all, want) {
				t.Errorf("%s: output lacks %q:\n%s", args[0], want, all)
			}
		}
	}
}
