package main

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReaderContains: the mark is found wherever it lies in what is read,
// across the pieces of the read, and not after a read error.
func TestReaderContains(t *testing.T) {
	mark := []byte("/Producer (notes2deck)")
	for _, at := range []int{0, 1, 64<<10 - 10, 64<<10 - len(mark), 64 << 10, 3*64<<10 - 5, 200_000} {
		data := append(bytes.Repeat([]byte("x"), at), mark...)
		data = append(data, strings.Repeat("y", 1000)...)
		if !readerContains(bytes.NewReader(data), mark) {
			t.Errorf("mark at %d: not found", at)
		}
		if !readerContains(iotest.HalfReader(bytes.NewReader(data)), mark) {
			t.Errorf("mark at %d, half reads: not found", at)
		}
		if readerContains(bytes.NewReader(data[:at+len(mark)-1]), mark) {
			t.Errorf("mark cut at %d: found", at)
		}
	}
	if !readerContains(iotest.OneByteReader(strings.NewReader("ab/Producer (notes2deck)")), mark) {
		t.Error("one-byte reads: not found")
	}
	r := io.MultiReader(strings.NewReader("/Producer (notes"), iotest.ErrReader(errors.New("bad disk")), strings.NewReader("2deck)"))
	if readerContains(r, mark) {
		t.Error("found after a read error")
	}
}
