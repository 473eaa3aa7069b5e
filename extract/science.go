package extract

// mathFence reports whether a fenced block's language says it holds one
// display formula: GitHub and GitLab render ```math as MathJax does $$…$$,
// and students who write their notes there type it so.
func mathFence(lang string) bool {
	return lang == "math"
}
