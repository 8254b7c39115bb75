package org.sitrep.testkit;

import java.util.List;

/**
 * Article texts written for the reliability tests: long-but-normal reports, and the shapes that have stalled or
 * broken text pipelines (a multi-megabyte paragraph, thousands of one-word sentences, bidirectional and combining
 * characters). Deterministic: the same call gives the same text.
 */
public final class PathologicalTexts {
    private PathologicalTexts() {}

    private static final List<String> PLACES = List.of("Kostiantynivka", "Predtechyne", "Kharkiv", "Sumy", "Pokrovsk",
            "Zaporizhzhia", "Kherson", "Chasiv Yar", "Toretsk", "Kupiansk");
    private static final List<String> SENTENCES = List.of(
            "The General Staff said its forces repelled %d attacks near %s on Tuesday.",
            "Local officials reported that %d civilians were wounded by shelling in %s overnight.",
            "According to the regional governor, a drone struck an energy facility outside %2$s, leaving %1$d homes without power.",
            "Russia's defence ministry claimed its troops had taken positions west of %2$s, a claim Kyiv denied; %1$d soldiers were said to be missing.",
            "Aid groups said %d families had been evacuated from %s since the start of the month.",
            "A spokesman for the brigade told reporters that fighting around %2$s continued for the %1$dth day.");

    /** A normal report of about {@code words} words: varied sentences, five to a paragraph, a heading every 40. */
    public static String report(int words) {
        StringBuilder text = new StringBuilder(words * 7);
        int count = 0;
        for (int i = 0; count < words; i++) {
            if (i % 40 == 0) text.append(i == 0 ? "" : "\n\n").append("Situation update, part ").append(i / 40 + 1).append("\n\n");
            else if (i % 5 == 0) text.append("\n\n");
            else text.append(' ');
            String sentence = String.format(SENTENCES.get(i % SENTENCES.size()), 3 + i % 97, PLACES.get((i / 6) % PLACES.size()));
            text.append(sentence);
            count += sentence.split(" ").length;
        }
        return text.toString();
    }

    /** One paragraph of about {@code bytes} bytes of ASCII: sentences with no line break anywhere (a scraped dump). */
    public static String oneParagraph(int bytes) {
        StringBuilder text = new StringBuilder(bytes + 200);
        for (int i = 0; text.length() < bytes; i++) {
            if (i > 0) text.append(' ');
            text.append(String.format(SENTENCES.get(i % SENTENCES.size()), 3 + i % 97, PLACES.get((i / 6) % PLACES.size())));
        }
        return text.toString();
    }

    /** {@code n} sentences of one word each ("Fire. Silence. Sirens. …"), on one line. */
    public static String oneWordSentences(int n) {
        List<String> words = List.of("Fire.", "Silence.", "Sirens!", "Again?", "Smoke.", "Quiet.", "Shelling.");
        StringBuilder text = new StringBuilder(n * 9);
        for (int i = 0; i < n; i++) text.append(i == 0 ? "" : " ").append(words.get(i % words.size()));
        return text.toString();
    }

    /**
     * A short report strewn with what breaks offset arithmetic: right-to-left marks and Arabic script, emoji (surrogate
     * pairs, a ZWJ sequence, a flag), combining marks after Latin letters, U+2028/U+2029 separators, a zero-width
     * space and a byte-order mark in the middle.
     */
    public static String unicodeMix() {
        return "Officials in Kharkiv\u200F said on Tuesday that shelling \uD83D\uDCA5 hit the centre.\u2028"
                + "The mayor, Ihor Tere\u0301khov, told \u202BRadio \u0645\u0631\u062D\u0628\u0627\u202C that 12 people were hurt \uD83D\uDE22.\u2029"
                + "Rescuers \uD83D\uDC68\u200D\uD83D\uDE92 worked through the night near Zolochiv\u0308 \uD83C\uDDFA\uD83C\uDDE6.\n\n"
                + "A\u0301 spokesman\u200B for the \uFEFFregional administration said the strike was the third this week.";
    }
}
