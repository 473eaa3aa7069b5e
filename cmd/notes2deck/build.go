package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/exporters/apkg"
	"github.com/notes2deck/notes2deck/exporters/csv"
	"github.com/notes2deck/notes2deck/exporters/pdf"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/urfave/cli/v2"
)

// formats lists the output formats in the order they are written.
var formats = []string{"apkg", "csv", "pdf"}

func buildCommand() *cli.Command {
	return &cli.Command{
		Name:      "build",
		Usage:     "build the deck, CSV and cheat sheet from notes",
		ArgsUsage: "[PATH...]",
		Description: "A PATH is a .md file or a folder searched recursively for *.md, *.Rmd and\n" +
			"*.qmd (default notes/); an .Rmd or .qmd beside its knitted .md is left out;\n" +
			"- reads one note from standard input. Settings come from the flags, then from\n" +
			"notes2deck.yaml in the notes folder, then from the defaults.\n\n" +
			"Example:\n   notes2deck build --out out --format apkg,csv notes",
		Flags: append(buildFlags(),
			&cli.BoolFlag{Name: "print-config", Usage: "print the effective settings and where each comes from, then stop"}),
		Action: buildAction,
	}
}

// buildFlags are the flags of every command that writes outputs (build, watch).
func buildFlags() []cli.Flag {
	return append(append([]cli.Flag{
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "out", Usage: "output `DIR`; - writes the one --format to stdout"},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: strings.Join(formats, ","), Usage: "comma-separated output formats: apkg, csv, pdf"},
		&cli.StringFlag{Name: "deck", Usage: "nest every note's deck under `NAME`::"},
		&cli.BoolFlag{Name: "reverse", Usage: "also ask definitions backwards (Basic + reversed note type)"},
	}, pdfFlags()...), append(outputFlags(), limitFlags()...)...)
}

func buildAction(c *cli.Context) error {
	writesOutputs()
	cfg, err := loadBuildConfig(c)
	if err != nil {
		return err
	}
	interruptsTo(cfg.ui)
	if c.Bool("print-config") {
		return printConfig(c, cfg)
	}
	_, err = buildOnce(cfg)
	return err
}

// buildOnce parses every target of cfg and, when all parse, writes their
// outputs. It returns the decks, for watch to compare builds.
func buildOnce(cfg buildConfig) ([]extract.Deck, error) {
	targets, err := collectTargets(cfg.paths, cfg.out)
	if err != nil {
		return nil, err
	}
	if err := stdoutIsANote(cfg.c.App.Writer, targets); err != nil {
		return nil, err
	}
	if err := checkOverwrites(targets, cfg.out, cfg.formats); err != nil {
		return nil, err
	}
	epoch, dated, err := buildEpoch(targets)
	if err != nil {
		return nil, err
	}
	for _, w := range dated {
		cfg.ui.warn(w)
	}
	steps := len(targets) * len(cfg.formats)
	for _, t := range targets {
		steps += max(len(t.files), 1)
	}
	prog := cfg.ui.progress(steps)
	defer prog.finish()
	parsed := make([][]extract.Deck, len(targets))
	var all []extract.Deck
	for i, t := range targets {
		for _, w := range t.skipped {
			cfg.ui.warn(w)
		}
		decks, err := parseTarget(t, cfg.opt, cfg.c.App.Reader, prog.step)
		if err != nil {
			return nil, err
		}
		parsed[i] = decks
		all = append(all, decks...)
	}
	for k := range all { // watch compares the cards of builds, not their outlines
		all[k].Outline = nil
	}
	if !slices.Contains(cfg.formats, "pdf") {
		// A note's bad "cheatsheet:" option fails every build, as a bad
		// flag does and as check says, not only the next build with the
		// sheet.
		for _, d := range all {
			if err := (pdf.Exporter{}).CheckDeck(d); err != nil {
				return nil, err
			}
		}
	}
	// Lock the output folder and read its state only once every note parsed,
	// so a note that fails leaves no trace in the output folder.
	tx, err := beginOutputs(cfg.out, cfg.ui)
	if err != nil {
		return nil, err
	}
	defer tx.abort()
	state, err := loadState(cfg.out, stateLimit(notesBytes(targets)))
	if err != nil {
		return nil, err
	}
	state.building = make(map[string]bool, len(targets))
	for _, t := range targets {
		state.building[t.name] = true
	}
	defer state.wait()            // before tx.abort
	var wrote []string            // the outputs written, for the status lines
	var foreign []extract.Warning // packages last built from other notes, said once they are replaced
	for i, t := range targets {
		for _, d := range parsed[i] {
			if !cfg.brief {
				cfg.ui.statusf("%s: %s → deck %q", fileName(d.File), plural(len(d.Cards), "card"), exporters.DeckName(d.Name))
			}
			for _, w := range d.Warnings {
				cfg.ui.warn(w)
			}
			for i := 0; cfg.ui.verbose && i < len(d.Cards); i++ { // oneLine is not free: only when shown
				cfg.ui.verbosef("  %s: %s", d.Cards[i].Pos, oneLine(d.Cards[i].Front))
			}
		}
		for _, w := range duplicateWarnings(parsed[i]) {
			cfg.ui.warn(w)
		}
		// The GUIDs as the cards have them now, made at most once: both
		// read them before keepGUIDs sets any.
		ids := sync.OnceValue(func() *exporters.CardIDs { return exporters.NewCardIDs(parsed[i]) })
		var held map[string]*apkg.NoteState
		if cfg.out != "-" && slices.Contains(cfg.formats, "apkg") {
			held = state.hold(t.name+".apkg", t.unread)
			if n, was, moved := state.forgetForeign(t.name+".apkg", t.source, parsed[i], ids); n > 0 {
				cards := 0
				for _, d := range parsed[i] {
					cards += len(d.Cards)
				}
				foreign = append(foreign, foreignWarning(filepath.Join(cfg.out, t.name+".apkg"), n, cards, was, t.source, moved))
			}
		}
		// The notes are made once for the formats, from the GUIDs of ids
		// when keepGUIDs set none. A CSV built without its package
		// remembers its GUIDs: its notes are made here, for the state and
		// the CSV exporter.
		release := func() {}
		if cfg.out != "-" {
			for _, w := range state.keepGUIDs(t.name, parsed[i], ids, tx.workDir) {
				cfg.ui.warn(w)
			}
			release = exporters.ShareNotes(parsed[i], ids)
			switch {
			case slices.Contains(cfg.formats, "apkg"):
				state.forgetCSV(t.name)
				state.trimPlanned(t.name, parsed[i], ids)
			case slices.Contains(cfg.formats, "csv"):
				notes, done := exporters.SharedNotes(parsed[i])
				state.rememberCSV(t.name, parsed[i], notes)
				done()
			}
		}
		// The formats are written at the same time (the cheat sheet beside the
		// deck and the CSV); status lines and the first error keep their order.
		// The state holds every package's notes once the last target's is
		// planned: it is written then, beside that package, not after it.
		last := i == len(targets)-1
		planned := func() {
			state.unhold(t.name+".apkg", held)
			if last {
				state.stage(tx)
			}
		}
		exps := make([]exporters.Exporter, len(cfg.formats))
		for j, f := range cfg.formats {
			if exps[j], err = newExporter(cfg, tx, f, epoch, state, t.name, planned); err != nil {
				release()
				return nil, err
			}
		}
		// Only the cheat sheet reads the outlines, and it gets the only copy
		// of them: they are freed once it is written, while the package,
		// always the last done, is still being built.
		outlined := slices.Clone(parsed[i])
		for k := range parsed[i] {
			parsed[i][k].Outline = nil
		}
		paths := make([]string, len(cfg.formats))
		errs := make([]error, len(cfg.formats))
		var wg sync.WaitGroup
		for j, f := range cfg.formats {
			decks := parsed[i]
			if f == "pdf" {
				decks, outlined = outlined, nil
			}
			if cfg.out == "-" {
				if errs[j] = writeStdout(cfg.c.App.Writer, exps[j], decks); errs[j] != nil {
					break
				}
				continue
			}
			wg.Go(func() { paths[j], errs[j] = tx.writeOutput(cfg.out, t.name+"."+f, exps[j], decks) })
		}
		wg.Wait()
		release()
		for j := range cfg.formats {
			if errs[j] != nil {
				return nil, errs[j]
			}
			prog.step()
			if !cfg.brief && cfg.out != "-" {
				wrote = append(wrote, paths[j])
			}
		}
	}
	if err := tx.commit(state); err != nil {
		return nil, err
	}
	// Only now are the outputs in place: a format that failed after others
	// were written leaves none of them, and says "wrote" of none.
	for _, w := range foreign {
		cfg.ui.warn(w)
	}
	for _, p := range wrote {
		cfg.ui.statusf("wrote %s", p)
	}
	return all, nil
}

// notesBytes is the size of the notes files of targets, in all.
func notesBytes(targets []target) int64 {
	var n int64
	for _, t := range targets {
		for _, f := range t.files {
			if info, err := os.Stat(f); err == nil {
				n += info.Size()
			}
		}
	}
	return n
}

// checkOverwrites refuses a build one of whose outputs, or its state file,
// is one of its notes: "build --out vocab vocab/spanish.csv" would read the
// note, then write the CSV over it; or one of whose outputs would replace a
// file notes2deck did not write (checkOwned). It runs before anything is
// written.
func checkOverwrites(targets []target, out string, formats []string) error {
	if out == "-" {
		return nil
	}
	if err := checkNameLengths(targets, formats); err != nil {
		return err
	}
	var outputs []string
	for _, t := range targets {
		for _, f := range formats {
			outputs = append(outputs, filepath.Join(out, t.name+"."+f))
		}
	}
	outputs = append(outputs, filepath.Join(out, stateName), filepath.Join(out, oldStateName))
	existing := map[string]os.FileInfo{}
	for _, o := range outputs {
		if info, err := os.Stat(o); err == nil {
			existing[o] = info
		}
	}
	if len(existing) == 0 {
		return nil // a new output folder, or one without outputs yet
	}
	var present []string
	for _, o := range outputs {
		if _, ok := existing[o]; ok {
			present = append(present, o)
		}
	}
	for _, t := range targets {
		for _, f := range t.files {
			info, err := os.Stat(f)
			if err != nil {
				continue // reading it will say what is wrong
			}
			for _, o := range outputs {
				if oi, ok := existing[o]; ok && os.SameFile(info, oi) {
					if filepath.Clean(f) == o {
						return usageError{fmt.Sprintf("%s is a note and an output of this build: pick another --out folder", f)}
					}
					return usageError{fmt.Sprintf("%s is a note, and the build would write %s over it: pick another --out folder", f, o)}
				}
			}
		}
	}
	return checkOwned(present)
}

// maxNameBytes is the longest file name the file systems notes go to hold
// (ext4, APFS, NTFS, FAT's long names: 255 bytes or characters).
const maxNameBytes = 255

// checkNameLengths refuses a build one of whose outputs would have a name
// longer than a file name may be: a note named with 252 characters builds
// its package "….apkg" of 257 bytes, which no rename can place (the build
// failed once every note had parsed, with "file name too long" and a
// warning that the previous package was "not read back").
func checkNameLengths(targets []target, formats []string) error {
	longest := "" // the longest extension built
	for _, f := range formats {
		if len(f) > len(longest) {
			longest = f
		}
	}
	ext := len(longest) + 1
	for _, t := range targets {
		if len(t.name)+ext <= maxNameBytes {
			continue
		}
		what, path := "folder", t.root
		if !strings.HasPrefix(t.source, "folder ") {
			what, path = "note", t.files[0]
		}
		return usageError{fmt.Sprintf("%s: its outputs' names would be %d bytes long with .%s, longer than the %d bytes a file name may have: give the %s a name of at most %d bytes",
			fileName(path), len(t.name)+ext, longest, maxNameBytes, what, maxNameBytes-ext+len(filepath.Base(path))-len(t.name))}
	}
	return nil
}

// parseFormats checks a --format value and returns the formats in canonical order.
func parseFormats(s string) ([]string, error) {
	seen := map[string]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		ok := false
		for _, g := range formats {
			ok = ok || f == g
		}
		if !ok {
			return nil, usageError{fmt.Sprintf("unknown format %q (want apkg, csv or pdf)", f)}
		}
		seen[f] = true
	}
	var out []string
	for _, g := range formats {
		if seen[g] {
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		return nil, usageError{"--format names no format"}
	}
	return out, nil
}

// stdoutTempDir returns the system's temp folder, where the apkg exporter
// builds its collection for --out -, or an error saying how to mend TMPDIR
// when it names no folder (the collection's temp file would fail to open,
// naming a file of no use to a student).
func stdoutTempDir() (string, error) {
	dir := os.TempDir()
	info, err := os.Stat(dir)
	switch {
	case err != nil:
		return "", fmt.Errorf("--out - builds the package in the temp folder %s (TMPDIR): %w: set TMPDIR to a folder that exists",
			dir, unwrapPathError(err))
	case !info.IsDir():
		return "", fmt.Errorf("--out - builds the package in the temp folder %s (TMPDIR): not a folder: set TMPDIR to a folder that exists", dir)
	}
	return dir, nil
}

// newExporter configures the exporter for one format. The apkg exporter of
// target name builds its collection in tx's work folder, reads and updates
// its part of state, and calls planned (if not nil) once it has.
func newExporter(cfg buildConfig, tx *outputTx, format string, epoch int64, state *buildState, name string, planned func()) (exporters.Exporter, error) {
	switch format {
	case "apkg":
		tmp, err := stdoutTempDir()
		if cfg.out != "-" {
			tmp, err = tx.workDir()
		}
		if err != nil {
			return nil, err
		}
		return apkg.Exporter{Time: epoch, TempDir: tmp, State: state.apkg(name + ".apkg"), Planned: planned}, nil
	case "csv":
		return csv.Exporter{}, nil
	}
	return pdfExporter(cfg.c, epoch, cfg.ui.warn)
}
