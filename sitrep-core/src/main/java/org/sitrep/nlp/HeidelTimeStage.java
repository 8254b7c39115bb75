package org.sitrep.nlp;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.sitrep.model.Doc;
import org.sitrep.model.Issue;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.model.Stage;

/**
 * HeidelTime 2.2.1 (news mode, English) over sitrep's own sentences and tokens, with the publication date as
 * document creation time. HeidelTime's English rules were written against TreeTagger's tag set, so CoreNLP's Penn
 * tags are mapped to it ({@link #treeTaggerTag}); with {@code usePos=false} every token gets an empty tag, as
 * HeidelTime's own no-tagger mode does. Produces {@link Layer#TIMEXES}, alone or merged with those already there
 * (SUTime's), see {@link Mode}.
 *
 * <p>Thread-safe: HeidelTime's annotator and its CAS are not, so each thread has its own. Their creation runs under
 * a lock because HeidelTime fills its shared per-language rule tables (static maps) on first use; after that the
 * tables are only read.
 */
public final class HeidelTimeStage implements Stage {
    /** The stage name, written into Evidence. */
    public static final String NAME = "heideltime";
    private static final Object INIT_LOCK = new Object();
    private static final ThreadLocal<Tagger> TAGGER = ThreadLocal.withInitial(HeidelTimeStage::newTagger);

    private record Tagger(HeidelTime annotator, JCas jcas) {}

    /** What happens to TIMEXES already on the document. */
    public enum Mode {
        /** HeidelTime's alone. */
        REPLACE,
        /** The existing ones, plus HeidelTime's where they overlap none of them. */
        ADD,
        /** HeidelTime's, plus the existing ones where they overlap none of HeidelTime's. */
        PREFER
    }

    private final boolean usePos;
    private final Mode mode;
    private final boolean merge;
    private final java.util.function.Predicate<TimeExpression> admitSecond;
    private final String admitName;

    /** @param usePos give HeidelTime CoreNLP's POS tags mapped to TreeTagger's tag set */
    public HeidelTimeStage(boolean usePos, Mode mode) {
        this(usePos, mode, t -> true, "all");
    }

    /**
     * @param admitSecond in a merge, which of the other side's expressions may be added where they overlap none
     *                    of the first side's
     * @param admitName   names the predicate in {@link #version()}
     */
    public HeidelTimeStage(boolean usePos, Mode mode, java.util.function.Predicate<TimeExpression> admitSecond,
                           String admitName) {
        this.usePos = usePos;
        this.mode = mode;
        this.merge = mode != Mode.REPLACE;
        this.admitSecond = admitSecond;
        this.admitName = admitName;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "2.2.1/" + (usePos ? "pos" : "nopos") + "/" + mode.name().toLowerCase(java.util.Locale.ROOT)
                + (merge ? "/" + admitName : "");
    }

    @Override
    public Set<Layer<?>> requires() {
        Set<Layer<?>> r = new LinkedHashSet<>(List.of(Layer.SENTENCES, Layer.TOKENS));
        if (merge) r.add(Layer.TIMEXES);
        return r;
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.TIMEXES);
    }

    /** Builds HeidelTime's shared rule tables (the slow part) with this thread's annotator. */
    @Override
    public void load() {
        TAGGER.get();
    }

    @Override
    public Doc apply(Doc doc) {
        List<TimeExpression> found;
        try {
            found = tag(doc);
        } catch (RuntimeException e) {
            Doc out = doc.withIssue(new Issue(null, "time.heideltime-failed", "HeidelTime failed: " + e));
            return merge ? out : out.with(Layer.TIMEXES, List.of());
        }
        if (!merge) return doc.with(Layer.TIMEXES, found);
        List<TimeExpression> first = mode == Mode.ADD ? doc.get(Layer.TIMEXES) : found;
        List<TimeExpression> second = mode == Mode.ADD ? found : doc.get(Layer.TIMEXES);
        List<TimeExpression> out = new ArrayList<>(first);
        for (TimeExpression h : second)
            if (admitSecond.test(h) && first.stream().noneMatch(t -> t.span().overlaps(h.span()))) out.add(h);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.with(Layer.TIMEXES, out);
    }

    private List<TimeExpression> tag(Doc doc) {
        try {
            Tagger tagger = TAGGER.get();
            JCas jcas = tagger.jcas();
            jcas.reset();
            jcas.setDocumentText(doc.text());
            Dct dct = new Dct(jcas);
            dct.setValue(doc.article().published().toString().replace("-", ".") + "T00:00");
            dct.addToIndexes();
            List<Token> tokens = doc.get(Layer.TOKENS);
            int sentenceId = 0, tokenId = 0;
            for (Sentence s : doc.get(Layer.SENTENCES)) {
                if (!mayHoldTime(s.span().of(doc.text()))) continue;
                var sentence = new de.unihd.dbs.uima.types.heideltime.Sentence(jcas, s.span().start(), s.span().end());
                sentence.setSentenceId(sentenceId);
                sentence.addToIndexes();
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    Token t = tokens.get(i);
                    var token = new de.unihd.dbs.uima.types.heideltime.Token(jcas, t.span().start(), t.span().end());
                    token.setTokenId(tokenId++);
                    token.setSentId(sentenceId);
                    token.setPos(usePos ? treeTaggerTag(t, i == s.endToken() - 1, doc.text()) : "");
                    token.addToIndexes();
                }
                sentenceId++;
            }
            // No sentence with a time word: HeidelTime would find nothing and print a warning for every such article.
            if (sentenceId == 0) return List.of();
            tagger.annotator().process(jcas);
            List<TimeExpression> out = new ArrayList<>();
            for (var a : jcas.getAnnotationIndex(Timex3.type)) {
                Timex3 t = (Timex3) a;
                if (t.getTimexValue() == null || t.getTimexValue().isEmpty()) continue;
                out.add(new TimeExpression(new Span(t.getBegin(), t.getEnd()), t.getTimexType(), t.getTimexValue()));
            }
            out.sort((a, b) -> a.span().compareTo(b.span()));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("HeidelTime: " + e.getMessage(), e);
        }
    }

    private static Tagger newTagger() {
        synchronized (INIT_LOCK) {
            try {
                return createTagger();
            } catch (Exception e) {
                throw new IllegalStateException("HeidelTime: " + e.getMessage(), e);
            }
        }
    }

    private static Tagger createTagger() throws Exception {
        Properties p = new Properties();
        p.setProperty(Config.CONSIDER_DATE, "true");
        p.setProperty(Config.CONSIDER_DURATION, "true");
        p.setProperty(Config.CONSIDER_SET, "true");
        p.setProperty(Config.CONSIDER_TIME, "true");
        p.setProperty(Config.CONSIDER_TEMPONYM, "false");
        p.setProperty(Config.UIMAVAR_DATE, "Date");
        p.setProperty(Config.UIMAVAR_DURATION, "Duration");
        p.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
        p.setProperty(Config.UIMAVAR_SET, "Set");
        p.setProperty(Config.UIMAVAR_TIME, "Time");
        p.setProperty(Config.UIMAVAR_TEMPONYM, "Temponym");
        p.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
        p.setProperty(Config.UIMAVAR_CONVERTDURATIONS, "ConvertDurations");
        p.setProperty(Config.DEBUG, "false");
        Config.setProps(p);
        HeidelTime h = new HeidelTime();
        h.initialize(new UimaContextImpl(Language.ENGLISH, DocumentType.NEWS, false));
        TypeSystemDescription tsd = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                new XMLInputSource(HeidelTime.class.getClassLoader().getResource("desc/type/HeidelTime_TypeSystem.xml")));
        return new Tagger(h, CasCreationUtils.createCas(tsd, null, null).getJCas());
    }

    /**
     * Whether a sentence has a word or digit that some HeidelTime rule for English needs (a digit, a month,
     * weekday, unit, season, holiday or deictic word such as "now", "ago", "former", "then", a year or decade in words). HeidelTime matches
     * all its rules against every sentence it is given, about half of news sentences have none of these, and
     * leaving them out saves about a third of its time. Deliberately broad (prefixes, "may", "march"): a sentence
     * kept in vain costs time, one left out in error loses a time. On the 447-article corpus the times found are the
     * same with and without the filter (docs/PERFORMANCE.md).
     */
    static boolean mayHoldTime(String sentence) {
        return TIME_CUE.matcher(sentence).find();
    }

    private static final Pattern TIME_CUE = Pattern.compile("\\d"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)s?\\b"
            + "|\\b(?:sec|minute|hour|day|night|week|fortnight|month|year|decade|centur|millenni|season|quarter|semester"
            + "|spring|summer|autumn|fall|winter|today|tonight|tomorrow|yesterday|now|current|recent|late|past|previous"
            + "|former|future|soon|earlier|ago|once|twice|daily|annual|morning|afternoon|evening|noon|midnight|midday"
            + "|dawn|dusk|overnight|time|moment|present|period|christmas|easter|thanksgiving|halloween|ramadan|hanukkah"
            + "|passover|holiday|fiscal|o'clock|a\\.m|p\\.m|meanwhile|then|hereafter|weekly|monthly|yearly|hourly)"
            + "|\\b(?:ad|am|pm|bc|fy|eve|era|eras|age|ages|eid|gmt|utc|new year)\\b"
            + "|\\b(?:seventeen|eighteen|nineteen|twenty|hundred|thousand)" // years in words: "nineteen ninety-six"
            + "|\\b(?:twen|thir|for|fif|six|seven|eigh|nine)ties\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * CoreNLP's Penn Treebank tag in TreeTagger's English tag set: proper nouns NP/NPS, personal pronouns PP/PP$,
     * sentence-final punctuation SENT, and verbs split by lemma into be (VB*), have (VH*) and the rest (VV*).
     */
    static String treeTaggerTag(Token t, boolean lastInSentence, String text) {
        String pos = t.pos() == null ? "" : t.pos();
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(java.util.Locale.ROOT);
        if (pos.equals(".") && lastInSentence) return "SENT";
        return switch (pos) {
            case "NNP" -> "NP";
            case "NNPS" -> "NPS";
            case "PRP" -> "PP";
            case "PRP$" -> "PP$";
            case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ" -> lemma.equals("be") ? pos
                    : lemma.equals("have") ? "VH" + pos.substring(2) : "VV" + pos.substring(2);
            default -> pos;
        };
    }
}
