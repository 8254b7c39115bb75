package org.sitrep.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * What one article may cost the per-article pipeline: at most {@code maxTokens} tokens (counted before any NLP runs,
 * by {@link #countTokens}) and {@code maxTime} of wall time on its worker. An article over either limit becomes a
 * failure ({@code nlp.too-long}, {@code nlp.timeout}) instead of stalling the batch. The defaults were measured on the
 * 447 real articles of {@code ukraine-news-gdelt-447} (docs/RELIABILITY.md): far above every one of them, and above a
 * 20,000-word report, so no real article is cut.
 *
 * @param maxTokens at least 1
 * @param maxTime   positive
 */
public record Budget(int maxTokens, Duration maxTime) {
    /**
     * 50,000 tokens: ten times the longest of the 447 real articles (4,948) and twice a 20,000-word report, while a
     * 5 MB paragraph (about a million) is refused at once.
     */
    public static final int DEFAULT_MAX_TOKENS = 50_000;
    /**
     * 600 s: twenty times the slowest of the 447 real articles (30 s) and three times a 20,000-word report (177 s),
     * both measured on the busy shared machine (docs/RELIABILITY.md).
     */
    public static final Duration DEFAULT_MAX_TIME = Duration.ofSeconds(600);
    public static final Budget DEFAULT = new Budget(DEFAULT_MAX_TOKENS, DEFAULT_MAX_TIME);

    public Budget {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be >= 1; got " + maxTokens);
        if (maxTime.isNegative() || maxTime.isZero())
            throw new IllegalArgumentException("maxTime must be positive; got " + maxTime);
    }

    /**
     * Counts tokens the way a word tokenizer roughly does, in one pass and without any model: a run of letters and
     * digits (with the combining marks inside it) is one token, and every other visible character is one token of its
     * own. On the 447 real articles it is 0 to 11% (mean 2.8%) above CoreNLP's count (docs/RELIABILITY.md): it counts "U.S." as
     * four, so it errs high on abbreviations, never low on words. Stops counting once past {@code stopAfter}.
     *
     * @return the count, or a number above {@code stopAfter} when the text has more tokens than that
     */
    public static int countTokens(CharSequence text, int stopAfter) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || (inWord && isMark(cp))) {
                if (!inWord) {
                    inWord = true;
                    if (++count > stopAfter) return count;
                }
            } else {
                inWord = false;
                if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isInvisible(cp) && ++count > stopAfter)
                    return count;
            }
        }
        return count;
    }

    /** True when {@code text} has more tokens than this budget allows. */
    public boolean tooLong(CharSequence text) {
        return countTokens(text, maxTokens) > maxTokens;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Format characters (RTL marks, zero-width joiners) and controls are not tokens. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL;
    }
}
