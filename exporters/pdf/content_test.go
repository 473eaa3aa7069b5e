package pdf

import (
	"math"
	"math/rand"
	"strconv"
	"testing"
)

// TestAppendFixed2: coordinates are written as strconv writes them, ties
// and signs included.
func TestAppendFixed2(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), -0.001, 0.005, 0.015, 0.125, 0.375, 28.125, -28.125, 1.005, 2.675, 99.995, 841.89, 595.28, 1e6, 1e7, -1e9, 123456.785, math.Inf(1), math.NaN()}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		vals = append(vals, (r.Float64()-0.2)*1000, float64(r.Intn(100000))/1000, float64(r.Intn(8000))/8, float64(r.Intn(1e6))/200*r.Float64())
	}
	for _, v := range vals {
		if got, want := string(appendFixed2(nil, v)), strconv.FormatFloat(v, 'f', 2, 64); got != want {
			t.Errorf("appendFixed2(%v) = %s, want %s", v, got, want)
		}
	}
}
