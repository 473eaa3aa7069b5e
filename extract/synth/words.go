package synth

// The vocabulary the generator draws from: study-note words from computing,
// biology, chemistry, history and languages, plus a few non-ASCII ones.
var nouns = []string{
	"cache", "ledger", "quorum", "replica", "partition", "cluster", "kernel", "socket",
	"buffer", "thread", "mutex", "scheduler", "index", "query", "journal", "snapshot",
	"gateway", "firewall", "subnet", "router", "packet", "frame", "checksum", "cipher",
	"certificate", "token", "session", "policy", "role", "bucket", "volume", "instance",
	"container", "pod", "service", "endpoint", "listener", "balancer", "queue", "topic",
	"stream", "shard", "lease", "heartbeat", "timeout", "retry", "backoff", "deadline",
	"enzyme", "protein", "membrane", "ribosome", "mitochondrion", "nucleus", "receptor",
	"hormone", "neuron", "synapse", "antibody", "antigen", "pathogen", "vaccine", "gene",
	"allele", "chromosome", "mutation", "catalyst", "reagent", "solvent", "isotope",
	"electron", "orbital", "valence", "equilibrium", "oxidation", "polymer", "monomer",
	"treaty", "dynasty", "empire", "republic", "parliament", "charter", "tariff", "guild",
	"harbour", "province", "reform", "revolution", "alliance", "senate", "council",
	"verb", "noun", "clause", "article", "suffix", "prefix", "declension", "tense",
	"theorem", "lemma", "proof", "matrix", "vector", "tensor", "gradient", "integral",
	"derivative", "series", "limit", "function", "graph", "vertex", "edge", "tree",
	"heap", "stack", "pointer", "array", "hash", "bloom filter", "trie", "iterator",
	"café", "résumé", "façade", "naïveté", "Zürich", "Ångström", "Gödel", "Schrödinger",
	"λόγος", "αλγόριθμος", "память", "сеть", "déjà vu", "Straße", "Übung", "Müller",
}

var adjectives = []string{
	"durable", "eventual", "strong", "weak", "idempotent", "atomic", "isolated",
	"consistent", "available", "partitioned", "stateless", "stateful", "immutable",
	"mutable", "concurrent", "parallel", "sequential", "synchronous", "asynchronous",
	"regional", "global", "zonal", "private", "public", "managed", "dedicated", "shared",
	"encrypted", "signed", "cached", "hot", "cold", "warm", "primary", "secondary",
	"active", "passive", "covalent", "ionic", "polar", "acidic", "basic", "aerobic",
	"anaerobic", "dominant", "recessive", "medieval", "colonial", "federal", "feudal",
	"irregular", "transitive", "reflexive", "linear", "convex", "sparse", "dense",
	"bounded", "finite", "recursive", "balanced", "naïve", "über-fast", "früh", "ранний",
}

var verbs = []string{
	"stores", "replicates", "forwards", "encrypts", "signs", "validates", "rejects",
	"accepts", "retries", "schedules", "allocates", "releases", "locks", "unlocks",
	"indexes", "compacts", "merges", "splits", "routes", "filters", "logs", "audits",
	"binds", "catalyses", "inhibits", "transcribes", "translates", "oxidises", "reduces",
	"governs", "taxes", "ratifies", "annexes", "conjugates", "declines", "modifies",
	"converges", "diverges", "approximates", "bounds", "traverses", "balances", "hashes",
	"evicts", "promotes", "demotes", "throttles", "buffers", "serialises", "decodes",
}

var fillers = []string{
	"the", "a", "each", "every", "its", "one", "no", "some", "this", "that", "any",
	"in", "on", "for", "with", "without", "across", "between", "within", "under",
	"after", "before", "during", "until", "because", "so", "and", "or", "but", "then",
	"only", "also", "usually", "always", "never", "often", "roughly", "mostly",
}

var questionOpeners = []string{
	"Why does", "How does", "When does", "What happens when", "Which component of",
	"Under what conditions does", "Where does", "Who decides whether",
}

var specials = []string{
	"–", "—", "“quoted”", "‘single’", "…", "±", "≤", "≥", "→", "×", "°C", "µs", "½",
}

var linkHosts = []string{
	"https://example.org/docs", "https://en.wikipedia.org/wiki", "https://example.com/notes",
}
