package pdf_test

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/notes2deck/notes2deck/exporters/pdf"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/notes2deck/notes2deck/extract/synth"
)

// maxLiveExport is the most heap the export of 10k synthetic items may keep
// live at once, beyond the decks. Most of it is gofpdf's: about 6 MB to
// parse, subset and compress the fonts, which an export of 100 items needs
// as well; the sheet keeps about a page of rows. A collection counts what is
// allocated while it runs as live, so on a busy machine the samples swing
// from 6.5 to 12 MB; laying out every page before drawing took 28 MB.
const maxLiveExport = 16 << 20

// TestPeakLiveMemory exports 10k synthetic items with the collector running
// all the time, and samples the live heap while it runs: the export must
// keep no more than maxLiveExport live at any point. Set PDF_MEMPROFILE to a
// file name to also write the heap profiles before the export (name.base)
// and at the highest sample.
func TestPeakLiveMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: exports 10k items with GOGC=1")
	}
	prof := os.Getenv("PDF_MEMPROFILE")
	if prof != "" {
		runtime.MemProfileRate = 512
	}
	var decks []extract.Deck
	for _, f := range synth.Vault(synth.Config{Cards: 10000, Files: 1}) {
		d, err := extract.Parse(f.Name, f.Data, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		decks = append(decks, d)
	}
	live, base := peakLive(t, prof, decks)
	t.Logf("peak live heap of the export: %.2f MB (decks and the rest: %.2f MB)", float64(live)/1e6, float64(base)/1e6)
	if live > maxLiveExport {
		t.Errorf("the export kept %.2f MB live, want at most %.2f MB", float64(live)/1e6, float64(maxLiveExport)/1e6)
	}
}

// TestLongBlocksPeakMemory exports a note of one long list and one table too
// wide for a column, printed as records: the sheet lays them out a few
// items at a time, so they keep no more live than the 10k synthetic items.
// Laid out whole, they kept ~290 MB live.
func TestLongBlocksPeakMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: exports 100,000 cells with GOGC=1")
	}
	var b strings.Builder
	b.WriteString("# Long blocks\n\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "- item %d: the words of item %d, wrapped over a line or two of the column\n", i, i)
	}
	b.WriteString("\n|")
	for c := range 30 {
		fmt.Fprintf(&b, " column %d |", c)
	}
	b.WriteString("\n|" + strings.Repeat(" - |", 30) + "\n")
	for r := range 3000 {
		b.WriteString("|")
		for c := range 30 {
			fmt.Fprintf(&b, " cell %d.%d |", r, c)
		}
		b.WriteString("\n")
	}
	d, err := extract.Parse("long.md", []byte(b.String()), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	live, base := peakLive(t, "", []extract.Deck{d})
	t.Logf("peak live heap of the export: %.2f MB (decks and the rest: %.2f MB)", float64(live)/1e6, float64(base)/1e6)
	if live > maxLiveExport {
		t.Errorf("the export kept %.2f MB live, want at most %.2f MB", float64(live)/1e6, float64(maxLiveExport)/1e6)
	}
}

// peakLive exports decks twice, the second time with the collector running
// all the time, and returns the most heap found live while it ran, beyond
// the base live before it. With prof set, it writes the heap profiles
// before the export (prof.base) and at the highest sample (prof).
func peakLive(t *testing.T, prof string, decks []extract.Deck) (live, base uint64) {
	t.Helper()
	e := pdf.Exporter{Time: 1700000000}
	if err := e.Export(io.Discard, decks); err != nil { // warm the package's pools
		t.Fatal(err)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	runtime.GC()
	base = liveHeap()
	if prof != "" {
		writeHeapProfile(t, prof+".base")
	}
	var peak atomic.Uint64
	peak.Store(base)
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(200 * time.Microsecond):
			}
			if v := liveHeap(); v > peak.Load() {
				peak.Store(v)
				if prof != "" {
					writeHeapProfile(t, prof)
				}
			}
		}
	}()
	err := e.Export(io.Discard, decks)
	close(stop)
	<-done
	if err != nil {
		t.Fatal(err)
	}
	runtime.KeepAlive(decks)
	return peak.Load() - base, base
}

// liveHeap returns the heap the last collection found live.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// writeHeapProfile writes the heap profile of the last collection to name.
func writeHeapProfile(t *testing.T, name string) {
	f, err := os.Create(name)
	if err != nil {
		t.Error(err)
		return
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		t.Error(err)
	}
}
