package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/notes2deck/notes2deck/extract/synth"
)

// BenchmarkBuild runs the whole build command in process (parse, every
// exporter, files written) on synthetic vaults: one file of N items and the
// same items in 100 files. scripts/bench.sh times the built binary instead.
func BenchmarkBuild(b *testing.B) {
	for _, bc := range []struct {
		cfg    synth.Config
		format string
	}{
		{synth.Config{Cards: 1000, Files: 1}, "apkg,csv,pdf"},
		{synth.Config{Cards: 10000, Files: 1}, "apkg,csv,pdf"},
		{synth.Config{Cards: 10000, Files: 100}, "apkg,csv,pdf"},
		{synth.Config{Cards: 10000, Files: 1}, "apkg,csv"},
		{synth.Config{Cards: 10000, Files: 1}, "apkg"},
		{synth.Config{Cards: 10000, Files: 1}, "csv"},
		{synth.Config{Cards: 10000, Files: 1}, "pdf"},
	} {
		name := fmt.Sprintf("items=%d/files=%d/format=%s", bc.cfg.Cards, bc.cfg.Files, bc.format)
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			vault := filepath.Join(dir, "vault")
			if err := os.Mkdir(vault, 0o755); err != nil {
				b.Fatal(err)
			}
			for _, f := range synth.Vault(bc.cfg) {
				if err := os.WriteFile(filepath.Join(vault, f.Name), f.Data, 0o644); err != nil {
					b.Fatal(err)
				}
			}
			out := filepath.Join(dir, "out")
			b.Setenv("SOURCE_DATE_EPOCH", "1700000000")
			b.ReportAllocs()
			for b.Loop() {
				args := []string{"notes2deck", "build", "--quiet", "--format", bc.format, "--out", out, vault}
				if code := run(args, nil, io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit code %d", code)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(bc.cfg.Cards), "µs/item")
		})
	}
}
