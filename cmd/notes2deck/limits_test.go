package main

import "testing"

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int{
		"65536": 65536, "64MiB": 64 << 20, "64 mib": 64 << 20, "500KB": 500000, "1.5M": 3 << 19,
		"2k": 2048, "1GiB": 1 << 30, "10b": 10, "12x": -1, "": -1, "0": -1, "-5MiB": -1, "3GiB": -1, "NaN": -1,
	} {
		got, err := parseSize(in)
		if want < 0 {
			if err == nil {
				t.Errorf("parseSize(%q) = %d, want an error", in, got)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}
