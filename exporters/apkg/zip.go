package apkg

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/klauspost/compress/flate"
	"github.com/notes2deck/notes2deck/extract"
)

// zipEpoch is the earliest time a zip entry's DOS date can hold.
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// writeZip writes the package: the collection file at dbPath, the media map,
// then the media files as 0, 1, … Every entry carries the time now, so equal
// input gives equal bytes.
func writeZip(w io.Writer, dbPath string, media []extract.Media, now int64) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return newParallelDeflate(out, flate.BestSpeed), nil
	})
	mtime := time.Unix(now, 0).UTC()
	if mtime.Before(zipEpoch) {
		mtime = zipEpoch // a zip's DOS date starts in 1980: 1970 would read as 2098
	}
	create := func(name string, method uint16) (io.Writer, error) {
		return zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: mtime})
	}

	f, err := os.Open(dbPath)
	if err != nil {
		return fmt.Errorf("read collection: %w", err)
	}
	defer f.Close()
	entry, err := create("collection.anki2", zip.Deflate)
	if err != nil {
		return fmt.Errorf("write collection.anki2: %w", err)
	}
	// In pieces of the compressor's size: a File's WriteTo would copy in
	// 32 KiB writes, and the compressor's first buffer grow by doubling.
	if _, err := io.CopyBuffer(entry, struct{ io.Reader }{f}, make([]byte, deflateBlock)); err != nil {
		return fmt.Errorf("write collection.anki2: %w", err)
	}

	mmap := make(map[string]string, len(media))
	for i, m := range media {
		mmap[strconv.Itoa(i)] = m.Name
	}
	js, err := json.Marshal(mmap)
	if err != nil {
		return fmt.Errorf("encode media map: %w", err)
	}
	if entry, err = create("media", zip.Deflate); err == nil {
		_, err = entry.Write(js)
	}
	if err != nil {
		return fmt.Errorf("write media map: %w", err)
	}

	for i, m := range media {
		data, err := mediaData(m)
		if err != nil {
			return err
		}
		method := zip.Deflate
		if compressed(m.Name) {
			method = zip.Store
		}
		if entry, err = create(strconv.Itoa(i), method); err == nil {
			_, err = entry.Write(data)
		}
		if err != nil {
			return fmt.Errorf("write media %s: %w", m.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write package: %w", err)
	}
	return nil
}
