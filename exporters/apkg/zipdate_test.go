package apkg

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestZipDates: an entry's date is the build's time, but no earlier than
// 1980, the first a zip's DOS date holds (1970 read back as 2098).
func TestZipDates(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.anki2")
	if err := os.WriteFile(db, []byte("db"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		now  int64
		want time.Time
	}{
		{1, zipEpoch},
		{1700000000, time.Unix(1700000000, 0).UTC()},
	} {
		var b bytes.Buffer
		if err := writeZip(&b, db, nil, c.now); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if got := f.Modified.UTC(); !got.Equal(c.want) {
				t.Errorf("now %d: %s dated %v, want %v", c.now, f.Name, got, c.want)
			}
		}
	}
}
