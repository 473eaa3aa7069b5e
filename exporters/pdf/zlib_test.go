package pdf

import (
	"bytes"
	"hash/adler32"
	"math/rand"
	"testing"

	"github.com/klauspost/compress/zlib"
)

// TestAdler32 compares adlerUpdate with hash/adler32 on all lengths up to a few
// blocks and on long runs of 0xff, the worst case for the sums.
func TestAdler32(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	data := make([]byte, 3*adlerMax+100)
	r.Read(data)
	for n := 0; n <= len(data); n += 1 + n/50 {
		if got, want := adlerUpdate(1, data[:n]), adler32.Checksum(data[:n]); got != want {
			t.Fatalf("%d random bytes: %08x, want %08x", n, got, want)
		}
	}
	ff := bytes.Repeat([]byte{0xff}, 5*adlerMax+3)
	for _, n := range []int{adlerMax - 1, adlerMax, adlerMax + 1, len(ff)} {
		if got, want := adlerUpdate(1, ff[:n]), adler32.Checksum(ff[:n]); got != want {
			t.Fatalf("%d bytes 0xff: %08x, want %08x", n, got, want)
		}
	}
	// Checksums carried from one write to the next.
	sum, d := uint32(1), adler32.New()
	for i := 0; i < len(data); i += 777 {
		sum = adlerUpdate(sum, data[i:min(i+777, len(data))])
		d.Write(data[i:min(i+777, len(data))])
	}
	if sum != d.Sum32() {
		t.Errorf("in pieces: %08x, want %08x", sum, d.Sum32())
	}
}

// TestZlibWriter: the stream is the one klauspost's zlib writer writes at
// BestSpeed, for empty, short and page-sized inputs, on a reused writer.
func TestZlibWriter(t *testing.T) {
	var got, want bytes.Buffer
	zw := newZlibWriter(&got)
	for _, data := range [][]byte{nil, []byte("0 J\n0 j\n"), syntheticNote(40 << 10), bytes.Repeat([]byte("BT 1.00 2.00 Td (\x00a) Tj ET\n"), 5000)} {
		got.Reset()
		want.Reset()
		zw.Reset(&got)
		zw.Write(data)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		kw, _ := zlib.NewWriterLevel(&want, zlib.BestSpeed)
		kw.Write(data)
		kw.Close()
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%d bytes: the streams differ", len(data))
		}
	}
}
