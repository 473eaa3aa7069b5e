package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// The word lists of this file are those of notes written in French, German,
// Italian, Spanish, Portuguese, Dutch, Polish, Turkish, Vietnamese and
// Indonesian, beside the English lists they extend. Each holds common words
// only: a word that is also an English term ("not", "prova") would cost the
// cards of English notes.

// remarksAbroad, with examplesAbroad, are the labels that open a remark, a
// step of an argument or a pointer, never a term: "Beispiel: $\mathbb{N} \subset \mathbb{Z}$",
// "Alors : $A \cap B \subset A$", "Algemeen: ACTIVA = VA + CA", "VD: CSDL
// của một ngân hàng". Like remarkLabels they name no part of a list either.
var remarksAbroad = map[string]bool{
	// note, remark, reminder
	"remarque": true, "remarques": true, "rq": true, "rappel": true, "rappels": true, "hinweis": true,
	"bemerkung": true, "anmerkung": true, "merke": true, "nota": true, "osservazione": true,
	"ricorda": true, "observación": true, "recuerda": true, "observação": true,
	"lembre-se": true, "opmerking": true, "onthoud": true, "uwaga": true, "notatka": true,
	"lưu ý": true, "ghi chú": true, "catatan": true,
	// hint, attention
	"astuce": true, "tipp": true, "achtung": true, "vorsicht": true, "suggerimento": true,
	"attenzione": true, "consejo": true, "atención": true, "cuidado": true, "dica": true, "atenção": true,
	"let op": true, "wskazówka": true, "ipucu": true, "dikkat": true, "chú ý": true, "mẹo": true,
	"petunjuk": true, "perhatian": true,
	// example, note, attention in Russian, Ukrainian, Greek, Arabic, Persian
	// (Urdu writes مثال too), Hebrew and Hindi (Marathi too): the words
	// notes in these scripts write for "Example:" and "Note:"
	"пример": true, "примеры": true, "например": true, "примечание": true, "замечание": true,
	"внимание": true, "приклад": true, "приклади": true, "наприклад": true, "примітка": true,
	"зауваження": true, "увага": true, "παράδειγμα": true, "σημείωση": true, "παρατήρηση": true,
	"προσοχή": true, "مثال": true, "أمثلة": true, "ملاحظة": true, "ملاحظات": true, "تنبيه": true,
	"نکته": true, "نکات": true, "توجه": true, "דוגמה": true, "דוגמא": true, "הערה": true,
	"הערות": true, "שים לב": true, "उदाहरण": true, "नोट": true, "टिप्पणी": true,
	// source, a pointer to where the notes come from: "> Πηγή: *Node.js &
	// Express* (AUEB)"; French writes "source" as English does
	"quelle": true, "quellen": true, "fonte": true, "fonti": true, "fuente": true, "fuentes": true,
	"fontes": true, "bron": true, "bronnen": true, "źródło": true, "źródła": true, "kaynak": true,
	"kaynaklar": true, "nguồn": true, "sumber": true, "источник": true, "источники": true,
	"джерело": true, "джерела": true, "πηγή": true, "πηγές": true, "مصدر": true, "المصدر": true,
	"المصادر": true, "منبع": true, "منابع": true, "מקור": true, "מקורות": true, "स्रोत": true,
	// then, so, thus, in particular, in general
	"alors": true, "donc": true, "ainsi": true, "en particulier": true, "notamment": true,
	"en général": true, "dann": true, "dann gilt": true, "es gilt": true, "somit": true, "daher": true,
	"insbesondere": true, "allgemein": true, "quindi": true, "allora": true, "dunque": true,
	"in particolare": true, "in generale": true, "entonces": true, "por lo tanto": true,
	"en particular": true, "en general": true, "então": true, "portanto": true,
	"em particular": true, "em geral": true, "dus": true, "in het bijzonder": true, "algemeen": true,
	"zatem": true, "więc": true, "wtedy": true, "w szczególności": true, "ogólnie": true, "yani": true,
	"özellikle": true, "genel olarak": true, "do đó": true, "vì vậy": true, "đặc biệt": true,
	"tổng quát": true, "jadi": true, "maka": true, "khususnya": true, "secara umum": true,
}

// labelsAbroad are the labels that name a part of a text, as "Definition:"
// and "Solution:" do in English, never a term of their own: "Notation:
// $f^{-1}$", "**Descrição**: A estratégia consiste em …".
var labelsAbroad = map[string]bool{
	// definition
	"définition": true, "déf": true, "definizione": true, "definición": true, "definição": true,
	"definitie": true, "definicja": true, "tanım": true, "định nghĩa": true, "definisi": true,
	// description, notation
	"beschreibung": true, "descrizione": true, "descripción": true, "descrição": true,
	"beschrijving": true, "omschrijving": true, "opis": true, "açıklama": true, "mô tả": true,
	"deskripsi": true, "schreibweise": true, "notazione": true, "notación": true, "notação": true,
	"notatie": true, "notacja": true, "gösterim": true, "ký hiệu": true, "notasi": true,
	// exercise, solution
	"exercice": true, "correction": true, "réponse": true, "aufgabe": true, "lösung": true,
	"esercizio": true, "soluzione": true, "ejercicio": true, "solución": true, "exercício": true,
	"solução": true, "opgave": true, "oplossing": true,
	// answer, as foreignAnswerLabels spell it: "**Respuesta:** Un programa …"
	"respuesta": true, "resposta": true, "risposta": true, "antwort": true, "antwoord": true,
	"odpowiedź": true, "ответ": true, "відповідь": true,
	// definition, solution in the scripts of remarksAbroad's
	"определение": true, "решение": true, "визначення": true, "розв'язання": true, "ορισμός": true,
	"λύση": true, "تعريف": true, "تعریف": true, "حل": true, "הגדרה": true, "פתרון": true,
	"परिभाषा": true, "हल": true,
}

// definitionsAbroad are the words for "definition" that a bold label alone
// on its line writes over the definition in notes of other languages, as
// "**Definition:**" does in English: Czech, Romanian (with the comma below
// and with the cedilla that older keyboards type), Hungarian, Finnish,
// Norwegian, Catalan, Polish, Indonesian ("pengertian", meaning, titles
// the definition there), Russian, Ukrainian, Greek, Arabic (with its
// article, as the label is written, "التعريف"), Persian, Hebrew and Hindi.
var definitionsAbroad = map[string]bool{
	"definice": true, "definiție": true, "definiţie": true, "definíció": true, "määritelmä": true,
	"definisjon": true, "definició": true, "definicja": true, "definisi": true, "pengertian": true,
	"определение": true, "визначення": true, "означення": true, "ορισμός": true, "تعريف": true,
	"التعريف": true, "تعریف": true, "הגדרה": true, "परिभाषा": true,
}

// proofTitles are the labels of a proof, in English and abroad: "Proof:",
// "> [!cite] Démonstration", "### Beweis". A proof's title is kept on the
// card of its heading, where it parts the proof from its statement.
var proofTitles = map[string]bool{
	"proof": true, "preuve": true, "démonstration": true, "beweis": true, "dimostrazione": true,
	"demostración": true, "demonstração": true, "bewijs": true, "dowód": true, "ispat": true,
	"chứng minh": true, "bukti": true, "доказательство": true, "доведення": true, "απόδειξη": true,
	"برهان": true, "اثبات": true, "הוכחה": true, "प्रमाण": true,
}

// lookupLowerIn is lookupLower over several word lists: a word that is
// not ASCII, "Définition", is lowered once for all of them, where each
// lookupLower would lower it again.
func lookupLowerIn(w string, ms ...map[string]bool) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if len(w) > 3*lookupKeyMax {
				return false // longer than any key (see lookupLower)
			}
			var buf [3 * lookupKeyMax]byte
			low := appendLower(buf[:0], w)
			for _, m := range ms {
				if m[string(low)] {
					return true
				}
			}
			return false
		}
	}
	for _, m := range ms {
		if lookupLower(m, w) {
			return true
		}
	}
	return false
}

// examplesAbroad are the labels that open an example, "Beispiel:",
// "Przykład:", "Örnek:", "Contoh:": remarks as remarksAbroad's are, and
// labels of a worked example as exampleLabels' are.
var examplesAbroad = map[string]bool{
	"exemple": true, "exemples": true, "par exemple": true, "beispiel": true, "beispiele": true,
	"bsp": true, "z.b": true, "zum beispiel": true, "esempio": true, "esempi": true, "ad esempio": true,
	"per esempio": true, "ejemplo": true, "ejemplos": true, "por ejemplo": true, "exemplo": true,
	"exemplos": true, "por exemplo": true, "voorbeeld": true, "voorbeelden": true, "bijvoorbeeld": true,
	"przykład": true, "przykłady": true, "örnek": true, "örnekler": true,
	"ví dụ": true, "vd": true, "contoh": true, "misalnya": true,
}

// statementTitles are the titles of a statement or of a part of a lesson
// in English, French, German, Italian, Spanish, Portuguese and Dutch:
// definition, theorem, lemma, corollary, proposition, example, remark,
// exercise, solution, reminder and tip ("> [!cite] Définition", "### Satz
// 1.7."). Proofs are in proofTitles.
var statementTitles = map[string]bool{
	"definition": true, "définition": true, "definizione": true, "definición": true, "definição": true,
	"definitie": true, "theorem": true, "théorème": true, "satz": true, "teorema": true, "stelling": true,
	"lemma": true, "lemme": true, "lema": true, "corollary": true, "corollaire": true, "korollar": true,
	"folgerung": true, "corollario": true, "corolario": true, "corolário": true, "gevolg": true,
	"proposition": true, "proposizione": true, "proposición": true, "proposição": true, "propositie": true,
	"example": true, "exemple": true, "beispiel": true, "esempio": true, "ejemplo": true, "exemplo": true,
	"voorbeeld": true, "remark": true, "remarque": true, "bemerkung": true, "osservazione": true,
	"observación": true, "observação": true, "opmerking": true, "exercise": true, "exercice": true,
	"aufgabe": true, "übung": true, "esercizio": true, "ejercicio": true, "exercício": true, "opgave": true,
	"oefening": true, "solution": true, "correction": true, "lösung": true, "soluzione": true,
	"solución": true, "solução": true, "oplossing": true, "reminder": true, "rappel": true,
	"rappel de cours": true, "rappels de cours": true, "erinnerung": true, "promemoria": true,
	"recordatorio": true, "lembrete": true, "herinnering": true, "tip": true, "astuce": true, "tipp": true,
	"suggerimento": true, "consejo": true, "dica": true,
	// definition, theorem, lemma, corollary, example, remark, exercise and
	// solution in Russian, Ukrainian (whose mathematics defines with
	// "означення"), Greek, Arabic, Persian, Hebrew and Hindi
	"определение": true, "теорема": true, "лемма": true, "следствие": true, "пример": true,
	"замечание": true, "упражнение": true, "решение": true, "визначення": true, "означення": true, "наслідок": true,
	"приклад": true, "зауваження": true, "вправа": true, "ορισμός": true, "θεώρημα": true,
	"λήμμα": true, "πόρισμα": true, "παράδειγμα": true, "παρατήρηση": true, "άσκηση": true,
	"λύση": true, "تعريف": true, "مبرهنة": true, "مثال": true, "ملاحظة": true,
	"تمرين": true, "تعریف": true, "قضیه": true, "تمرین": true, "הגדרה": true, "משפט": true,
	"דוגמה": true, "הערה": true, "תרגיל": true, "פתרון": true, "حل": true, "हल": true, "परिभाषा": true, "प्रमेय": true,
	"उदाहरण": true, "अभ्यास": true,
}

// isStatementTitle reports whether t, a heading or a callout's title, only
// names the kind of what it heads, numbered or not: "Définition", "Satz
// 1.7.", "Lemma 1.4", "Rappel de cours". Such a title asks nothing alone;
// the heading it sits under says what it is about.
func isStatementTitle(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ".:")
	kind := strings.TrimRight(t, "0123456789.")
	if kind != t && !strings.HasSuffix(kind, " ") {
		return false // "Q2", "HTTP2": a name, not a kind and its number
	}
	kind = strings.TrimSpace(kind)
	return lookupLowerIn(kind, statementTitles, proofTitles)
}

// A copulaAbroad is a form of "to be" of another language and the articles
// that must follow it for a sentence to define its subject: "Eine Menge
// ist eine Zusammenfassung …" defines, "Der Garten ist groß" describes.
// No article is needed after a verb of a language that writes none:
// Indonesian "Web server adalah komputer …", Vietnamese "CSDL là …".
type copulaAbroad struct {
	verb     string   // with a space on either side
	articles []string // each with the space or apostrophe that ends it
}

// copulasAbroad are the copulas of German, French, Spanish, Italian,
// Portuguese, Indonesian and Vietnamese (Dutch "is" is English's).
var copulasAbroad = []copulaAbroad{
	{" ist ", []string{"ein ", "eine ", "der ", "die ", "das "}},
	{" est ", []string{"un ", "une ", "le ", "la ", "l'", "l’"}},
	{" es ", []string{"un ", "una ", "el ", "la "}},
	{" è ", []string{"un ", "una ", "uno ", "un'", "un’", "il ", "la ", "lo ", "l'", "l’"}},
	{" é ", []string{"um ", "uma ", "o ", "a "}},
	{" adalah ", nil},
	{" là ", nil},
}

// indefinitesAbroad are the indefinite articles a subject sheds, as "A" does
// in English: "Un teorema è …" asks for "teorema".
var indefinitesAbroad = map[string]bool{"ein": true, "eine": true, "un": true, "une": true, "una": true,
	"uno": true, "um": true, "uma": true}

// articles are the English articles a term set in bold may follow: "The
// **nucleus** holds the DNA".
var articles = map[string]bool{"a": true, "an": true, "the": true}

// articlesAbroad are the articles of Dutch, German, French, Spanish,
// Italian and Portuguese, which a term set in bold may follow as it follows
// "The": "Het **golgisysteem** bestaat uit …", "Die **Mitose** ist …", "Le
// **noyau** contient …", "O **citoplasma** é …". Italian "i" is left out,
// as English "I **think** …" is no article's, and so is Portuguese "as",
// as English "As **expected**, …" is none either.
var articlesAbroad = map[string]bool{"de": true, "het": true, "een": true, "der": true, "die": true,
	"das": true, "ein": true, "eine": true, "le": true, "la": true, "les": true, "un": true, "une": true,
	"l'": true, "l’": true, "el": true, "los": true, "las": true, "una": true, "il": true, "lo": true,
	"uno": true, "gli": true, "o": true, "os": true, "um": true, "uma": true}

// phraseGoesOnAbroad are the prepositions of those languages, besides
// notFirstAbroad's, that carry on the phrase of a term set in bold after
// its article, where a verb would define it: "Le **noyau** de la cellule",
// "Het **aantal** van de cellen".
var phraseGoesOnAbroad = map[string]bool{"de": true, "du": true, "des": true, "del": true, "della": true,
	"dei": true, "van": true, "voor": true, "met": true, "op": true, "aan": true, "por": true, "zu": true}

// notFirstAbroad are the pronouns and prepositions that open a clause, not
// a term: "Él es un estudiante", "Ini adalah server HTTP", "Mit Docker
// Compose ist ein Tool …", "In Italia la capitale è Roma", "En España el
// voto es un derecho", and German's adverbials of cause, time and place
// before the verb that the subject follows, "Aufgrund der Ionenkanäle ist
// die Membran …", "Im Ruhezustand ist das Zellinnere …". The preposition
// "a" is prepositionFirst's.
var notFirstAbroad = map[string]bool{
	"mit": true, "bei": true, "für": true, "von": true, "dans": true, "avec": true, "pour": true,
	"aufgrund": true, "wegen": true, "durch": true, "nach": true, "während": true, "trotz": true,
	"seit": true, "ohne": true, "gegen": true, "vor": true, "infolge": true, "innerhalb": true,
	"außerhalb": true, "im": true, "am": true, "beim": true, "zum": true, "zur": true, "vom": true,
	"con": true, "per": true, "para": true, "com": true, "em": true, "dengan": true, "di": true,
	"das": true, "dies": true, "dieser": true, "diese": true, "dieses": true, "es": true, "er": true,
	"sie": true, "man": true, "ich": true, "du": true, "wir": true, "il": true, "elle": true, "on": true,
	"ce": true, "cela": true, "ceci": true, "ça": true, "je": true, "tu": true, "cette": true, "cet": true,
	"questo": true, "questa": true, "quello": true, "quella": true, "lui": true, "lei": true, "ciò": true,
	"él": true, "ella": true, "esto": true, "esta": true, "este": true, "eso": true, "esa": true,
	"ese": true, "yo": true, "ele": true, "ela": true, "isto": true, "isso": true, "esse": true,
	"essa": true, "eu": true, "você": true, "ini": true, "itu": true, "dia": true, "saya": true,
	"đây": true, "đó": true, "nó": true, "da": true, "in": true, "su": true, "tra": true, "fra": true,
	"en": true, "entre": true, "sobre": true, "sin": true, "desde": true, "sur": true, "chez": true, "à": true,
}

// notLastAbroad end a verb before the copula, not a term: Vietnamese "CSDL
// được coi là …" (is considered), "… được gọi là …" (is called), "Dấu #
// được hiểu là …" (is understood as).
var notLastAbroad = map[string]bool{"coi": true, "gọi": true, "hiểu": true, "được": true}

// maxSubjectAbroad is the most words before a copula abroad, an article
// and a term of up to four (Vietnamese writes "cơ sở dữ liệu" in four).
const maxSubjectAbroad = 5

// copulaAbroadLeads marks the bytes that follow the space opening a copula
// of copulasAbroad: "i" of " ist ", "e" of " est ", the lead byte of "è"…
var copulaAbroadLeads = func() (leads [256]bool) {
	for _, c := range copulasAbroad {
		leads[c.verb[1]] = true
	}
	return leads
}()

// findCopulaAbroad returns where the first copula abroad of t stands, after
// one to maxSubjectAbroad words and followed by an article it needs, and
// its length; -1 if none does. It looks at the first words only, and tests
// the copulas only after a space followed by a byte of copulaAbroadLeads.
func findCopulaAbroad(t []byte) (int, int) {
	words := 1
	for i := 1; i < len(t) && words <= maxSubjectAbroad; i++ {
		if t[i] != ' ' {
			continue
		}
		if i+1 < len(t) && copulaAbroadLeads[t[i+1]] {
			if n := copulaAbroadAt(t, i); n > 0 {
				return i, n
			}
		}
		words++
	}
	return -1, 0
}

// copulaAbroadAt returns the length of the copula of copulasAbroad that
// opens t at i, the space before it, with the article it wants after it
// when it wants one; 0 when none does.
func copulaAbroadAt(t []byte, i int) int {
	for _, c := range copulasAbroad {
		if !hasPrefixAt(t, i, c.verb) {
			continue
		}
		after := t[i+len(c.verb):]
		if c.articles == nil {
			return len(c.verb)
		}
		for _, a := range c.articles {
			if bytes.HasPrefix(after, []byte(a)) && len(after) > len(a) {
				return len(c.verb)
			}
		}
	}
	return 0
}

// copulaSplit splits a definition written with a copula abroad, "Eine Menge
// ist eine Zusammenfassung verschiedener Objekte", as verbSplit splits
// "A set is a collection …": the subject, without its indefinite article,
// asks for what follows the verb. A question, a pronoun ("Él es un
// estudiante") or a subject with a comma defines nothing.
func (p *parsed) copulaSplit(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	at, size := findCopulaAbroad(t)
	if at < 0 || bytes.IndexByte(t[:at], 0) >= 0 || bytes.HasPrefix(t, []byte("¿")) ||
		bytes.HasSuffix(bytes.TrimRight(t, " \t\n"), []byte("?")) {
		return split{}, false // "¿Qué es un anillo?" asks
	}
	termHi, defLo := v.srcOff(at), p.afterOff(v, at+size-1)
	if termHi < 0 || defLo < 0 {
		return split{}, false
	}
	if _, inside := p.colonAfterBold(n, termHi, hi); inside {
		return split{}, false
	}
	s := split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: "is"}
	term := p.plain(n, lo, termHi)
	first, rest, _ := strings.Cut(term, " ")
	if lookupLower(notFirstAbroad, first) || rest == "" && adverbAbroad(first) || prepositionFirst(first, t[at:at+size]) ||
		lookupLower(notLastAbroad, term[strings.LastIndexByte(term, ' ')+1:]) ||
		strings.ContainsAny(term, ",:") {
		return split{}, false
	}
	if rest != "" && lookupLower(indefinitesAbroad, first) {
		if i := bytes.Index(p.src[lo:termHi], []byte(first)); i >= 0 {
			s.termLo = lo + i + len(first)
			for s.termLo < termHi && p.src[s.termLo] == ' ' {
				s.termLo++
			}
			term = p.plain(n, s.termLo, termHi)
		}
	}
	def := p.plain(n, defLo, hi)
	if countFields(def) < 2 || !isTerm(term) || !validDef(s, term, def) {
		return split{}, false
	}
	return s, true
}

// adverbAbroad reports whether word, the whole subject before a copula
// abroad, is an adverb of a language that leaves its subject out:
// Portuguese "Geralmente é a única membrana presente" says the membrane it
// speaks of is generally the only one, and "Geralmente" is no term. Their
// adverbs end in "-mente" after a stem of four letters or more ("semente",
// a seed, is a noun), and a few common ones do not (adverbsAbroad).
func adverbAbroad(word string) bool {
	w := strings.ToLower(word)
	if stem, ok := strings.CutSuffix(w, "mente"); ok && utf8.RuneCountInString(stem) >= 4 {
		return true
	}
	return adverbsAbroad[w]
}

// adverbsAbroad are common Portuguese, Spanish and Italian adverbs that do
// not end in "-mente": also, always, still, often, almost; and the adverbs
// of place and time that open a clause in German, French and those
// languages, as "Here is" does in English: "Hier ist eine kurze
// Zusammenfassung …" (here is a short summary), "Heute ist …" (today is),
// "Dort ist die DNA …" and "Hoje é o dia …" name no term.
var adverbsAbroad = map[string]bool{"também": true, "también": true, "anche": true, "sempre": true,
	"siempre": true, "ainda": true, "todavía": true, "ancora": true, "spesso": true, "quase": true,
	"casi": true, "quasi": true, "hier": true, "dort": true, "heute": true, "jetzt": true,
	"nun": true, "dann": true, "daher": true, "hierbei": true, "dabei": true, "aqui": true, "ali": true, "lá": true,
	"hoje": true, "agora": true, "aquí": true, "allí": true, "ahí": true, "hoy": true, "ahora": true,
	"qui": true, "qua": true, "lì": true, "oggi": true, "ora": true, "ici": true,
	"aujourd'hui": true}

// thaiCopula is the Thai "to be" of a definition: "Debugging คือ
// การหาจุดผิดแล้วแก้ให้ถูก" (debugging is finding the fault and fixing it).
// Thai writes no spaces between words, so the subject is all the line
// holds before it, spaced from it or not ("ความคิดคือการคุยกับตัวเอง").
const thaiCopula = "คือ"

// thaiNotSubject end a clause before thaiCopula that points on rather than
// names a term: ก็ ("that is"), นั่น and นี่ ("this is"), ซึ่ง ("which is")
// and หรือ ("or") go on with the sentence before them.
var thaiNotSubject = []string{"ก็", "นั่น", "นี่", "ซึ่ง", "หรือ"}

// thaiAskWords follow thaiCopula in a question: "TCP คืออะไร" (what is
// TCP?), "ผู้เขียนคือใคร" (who is the author?).
var thaiAskWords = []string{"อะไร", "ใคร"}

// clauseColon reports whether subject, the text before thaiCopula, holds a
// colon that ends a clause, before a space or at its end; a colon in code
// ("str[:index]", "str[index:]") names the term still.
func clauseColon(subject string) bool {
	t := strings.TrimRight(subject, " \x00")
	return strings.HasSuffix(t, ":") || strings.Contains(t, ": ")
}

// opensWithThaiCopula reports whether def, the text after a bold or code
// term, opens with thaiCopula: "**Debugging** คือ การหาจุดผิด…" defines
// with it, and the definition is what follows it.
func opensWithThaiCopula(def []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(def, " \t"), []byte(thaiCopula))
}

// maxThaiSubject bounds the runes of a subject before thaiCopula: a term
// of a few Thai words ("วิศวกรรมซอฟต์แวร์", 17) and not a clause.
const maxThaiSubject = 40

// thaiCopulaSplit splits a Thai definition, "Debugging คือ การหาจุดผิด…",
// as copulaSplit splits "CSDL là …": the subject before the first
// thaiCopula asks for what follows it. A question, a subject that points
// on (thaiNotSubject) or runs past maxThaiSubject runes or a comma
// defines nothing. A subject in inline tags, "<kbd>str</kbd> คือ string
// เดิม", asks with its tags; one with a link or code in it, nothing.
func (p *parsed) thaiCopulaSplit(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	k := bytes.Index(t, []byte(thaiCopula))
	if k <= 0 || bytes.HasSuffix(bytes.TrimRight(t, " \t\n"), []byte("?")) {
		return split{}, false
	}
	tagged := bytes.IndexByte(t[:k], 0) >= 0 // "<kbd>str</kbd> คือ string เดิม"
	if tagged && !p.inlineTagsOnly(n, lo, v.srcOff(k)) {
		return split{}, false
	}
	after := t[k+len(thaiCopula):]
	d := 0
	for d < len(after) && after[d] == ' ' {
		d++
	}
	for _, w := range thaiAskWords {
		if bytes.HasPrefix(after[d:], []byte(w)) {
			return split{}, false // "TCP คืออะไร" asks
		}
	}
	end := k
	for end > 0 && t[end-1] == ' ' {
		end--
	}
	subject := string(t[:end])
	for _, w := range thaiNotSubject {
		if strings.HasSuffix(subject, w) {
			return split{}, false
		}
	}
	if end == 0 || utf8.RuneCountInString(subject) > maxThaiSubject || strings.ContainsAny(subject, ",;") || clauseColon(subject) ||
		k+len(thaiCopula)+d >= len(t) {
		return split{}, false
	}
	termHi, defLo := p.afterOff(v, end-1), v.srcOff(k+len(thaiCopula)+d)
	if tagged {
		termHi = v.srcOff(end) // the subject's closing tag too
	}
	if termHi <= lo || defLo < 0 || defLo >= hi {
		return split{}, false
	}
	s := split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: "is"}
	term, def := p.plain(n, lo, termHi), p.plain(n, defLo, hi)
	return s, isTerm(term) && validDef(s, term, def)
}

// questionWordsAbroad open a question in French, German, Italian, Spanish,
// Portuguese, Dutch, Polish and Indonesian, as whWords and auxiliaries do
// in English: "Qu'est-ce qu'un anneau ? Un groupe …", "Wat is een ring? Een
// abelse groep …".
var questionWordsAbroad = map[string]bool{
	"qu'est-ce": true, "qu’est-ce": true, "est-ce": true, "quel": true, "quelle": true, "quels": true,
	"quelles": true, "comment": true, "pourquoi": true, "quand": true, "où": true, "combien": true,
	"wer": true, "wie": true, "wo": true, "wann": true, "warum": true, "welche": true, "welcher": true,
	"welches": true, "cosa": true, "che": true, "chi": true, "come": true, "dove": true, "quando": true,
	"perché": true, "quale": true, "quali": true, "qual": true, "qué": true, "quién": true, "cómo": true,
	"dónde": true, "cuándo": true, "cuál": true, "cuáles": true, "quais": true, "como": true,
	"onde": true, "quem": true, "wat": true, "waar": true, "wanneer": true, "waarom": true, "hoe": true,
	"welke": true, "czym": true, "dlaczego": true, "kiedy": true, "gdzie": true, "apa": true,
	"apakah": true, "mengapa": true, "bagaimana": true, "siapa": true,
}

// asksAbroad reports whether question q opens as a question of another
// language does: with a question word after an optional "¿" ("¿Qué es un
// anillo?"), or with Portuguese "O que" ("O que é um anel?").
func asksAbroad(q []byte) bool {
	q = bytes.TrimPrefix(q, []byte("¿"))
	first, rest, _ := bytes.Cut(q, []byte(" "))
	if lookupLower(questionWordsAbroad, string(first)) {
		return true
	}
	return string(first) == "O" && bytes.HasPrefix(rest, []byte("que "))
}

// glossVerbsAbroad are the forms of "to be" of other languages that go on a
// sentence about a code span, as English "is" and "are" do (clauseWords):
// "`Q` es denso en `ℝ`", "`f` ist stetig auf `[a,b]`" state, they gloss
// nothing. Spanish "son" is left out: it glosses "`hijo` son".
var glossVerbsAbroad = map[string]bool{"es": true, "est": true, "ist": true, "è": true, "é": true,
	"sont": true, "sind": true, "sono": true, "são": true, "adalah": true, "là": true}

// conjunctionsAbroad join a bold term to more of the subject it opens, as
// conjunctions do in English: "__Ipotesi__ e __Tesi__ sono condizioni …",
// "**Angebot** und **Nachfrage** bestimmen …".
var conjunctionsAbroad = map[string]bool{"e": true, "ed": true, "et": true, "und": true, "y": true,
	"o": true, "ou": true, "oder": true, "en": true, "i": true, "ve": true, "và": true, "dan": true}

// cutGluedNumbering returns s without a Spanish numbering written against
// the text it numbers, "6.-¿Qué es el kernel?" (where "7.- ¿Qué …?" has a
// space): one to three digits, "." or ")", a dash, then neither a space nor
// a digit ("1.-2" is no numbering).
func cutGluedNumbering(s string) (string, bool) {
	i := 0
	for i < len(s) && i < 4 && isDigit(rune(s[i])) {
		i++
	}
	if i == 0 || i > 3 || i+1 >= len(s) || s[i] != '.' && s[i] != ')' {
		return s, false
	}
	rest, ok := strings.CutPrefix(s[i+1:], "-")
	if !ok {
		if rest, ok = strings.CutPrefix(s[i+1:], "–"); !ok {
			return s, false
		}
	}
	if r, _ := utf8.DecodeRuneInString(rest); rest == "" || isDigit(r) || unicode.IsSpace(r) {
		return s, false
	}
	return rest, true
}

// definitionTitles are the words that title a definition, "> [!cite]
// Définition", "### Definition 1.1", in the languages of statementTitles.
var definitionTitles = map[string]bool{
	"definition": true, "définition": true, "definizione": true, "definición": true, "definição": true,
	"definitie": true, "def": true, "déf": true,
}

// isDefinitionTitle reports whether t, a heading or a callout's title, only
// says that a definition follows, numbered or not.
func isDefinitionTitle(t string) bool {
	t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), ".:0123456789"))
	return lookupLower(definitionTitles, t)
}
