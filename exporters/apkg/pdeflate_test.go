package apkg

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"testing"

	kflate "github.com/klauspost/compress/flate"
)

// deflateInput returns n bytes of text-like data that compresses.
func deflateInput(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"notes ", "card ", "deck ", "é ", "mitochondrion ", "42 ", "<b>", "</b>\n"}
	var b bytes.Buffer
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
	}
	return b.Bytes()[:n]
}

// parallelCompress compresses in with a parallelDeflate, writing it in
// pieces of step bytes.
func parallelCompress(t *testing.T, in []byte, step int) []byte {
	t.Helper()
	var out bytes.Buffer
	z := newParallelDeflate(&out, 1)
	for p := in; len(p) > 0; {
		k := min(step, len(p))
		if n, err := z.Write(p[:k]); n != k || err != nil {
			t.Fatalf("Write = %d, %v", n, err)
		}
		p = p[k:]
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestParallelDeflate: the pieces make one stream that the standard library
// inflates to the input, the same bytes on one core as on several.
func TestParallelDeflate(t *testing.T) {
	for _, n := range []int{0, 1, deflateBlock - 1, deflateBlock, deflateBlock + 1, 3*deflateBlock + 123} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			in := deflateInput(n)
			got := parallelCompress(t, in, 32<<10+7)
			back, err := io.ReadAll(flate.NewReader(bytes.NewReader(got)))
			if err != nil {
				t.Fatalf("inflate: %v", err)
			}
			if !bytes.Equal(back, in) {
				t.Fatalf("inflated %d bytes, not the %d written", len(back), len(in))
			}
			var one bytes.Buffer // the whole input as one stream
			w, _ := kflate.NewWriter(&one, 1)
			w.Write(in)
			w.Close()
			if len(got) > one.Len()+one.Len()/100+64 {
				t.Errorf("%d bytes compressed to %d in pieces, to %d in one stream", n, len(got), one.Len())
			}
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
			if one := parallelCompress(t, in, 1<<20); !bytes.Equal(one, got) {
				t.Errorf("one core, other writes: %d bytes differ from %d", len(one), len(got))
			}
		})
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestParallelDeflateError: Close reports the first error of the output.
func TestParallelDeflateError(t *testing.T) {
	z := newParallelDeflate(failingWriter{}, 1)
	z.Write(deflateInput(2*deflateBlock + 5))
	if err := z.Close(); err == nil || err.Error() != "disk full" {
		t.Errorf("Close = %v, want the output's error", err)
	}
}
