package org.sitrep.attribute;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Doc;
import org.sitrep.testkit.HandParsed;

/** Hand-parsed sentences (Universal Dependencies, as CoreNLP gives them) for the claim parts' model-free tests. */
final class ClaimFixtures {
    private ClaimFixtures() {}

    static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    /** "Russia's Defence Ministry said on Tuesday that its forces had captured the village." */
    static Doc saidOnTuesday() {
        return HandParsed.text("Russia's Defence Ministry said on Tuesday that its forces had captured the village.")
                .published(PUBLISHED)
                .sentence("Russia NNP 4 nmod:poss", "'s POS 1 case", "Defence NNP 4 compound", "Ministry NNP 5 nsubj",
                        "said/say VBD 0 root", "on IN 7 case", "Tuesday NNP 5 obl", "that IN 12 mark",
                        "its PRP$ 10 nmod:poss", "forces NNS 12 nsubj", "had VBD 12 aux", "captured/capture VBN 5 ccomp",
                        "the DT 14 det", "village NN 12 obj", ". . 5 punct")
                .actor("Russia's Defence Ministry", "RUSGOVMIL", "Ministry of Defence of the Russian Federation")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
    }

    /** "Ukraine's General Staff denied the claim. It said that 11 attacks had been repelled." */
    static Doc denialThenPronoun() {
        return HandParsed.text("Ukraine's General Staff denied the claim. It said that 11 attacks had been repelled.")
                .published(PUBLISHED)
                .sentence("Ukraine NNP 4 nmod:poss", "'s POS 1 case", "General NNP 4 compound", "Staff NNP 5 nsubj",
                        "denied/deny VBD 0 root", "the DT 7 det", "claim NN 5 obj", ". . 5 punct")
                .sentence("It PRP 2 nsubj", "said/say VBD 0 root", "that IN 8 mark", "11 CD 5 nummod",
                        "attacks/attack NNS 8 nsubj:pass", "had VBD 8 aux", "been/be VBN 8 aux:pass",
                        "repelled/repel VBN 2 ccomp", ". . 2 punct")
                .actor("Ukraine's General Staff", "UKRMIL", "Ukraine (military)")
                .build();
    }

    /** "According to the regional governor, four civilians were killed." */
    static Doc accordingTo() {
        return HandParsed.text("According to the regional governor, four civilians were killed.")
                .published(PUBLISHED)
                .sentence("According/accord VBG 5 case", "to TO 1 fixed", "the DT 5 det", "regional JJ 5 amod",
                        "governor NN 10 obl", ", , 10 punct", "four CD 8 nummod", "civilians/civilian NNS 10 nsubj:pass",
                        "were/be VBD 10 aux:pass", "killed/kill VBN 0 root", ". . 10 punct")
                .build();
    }

    /** "Belarus acknowledged that its instructors trained units. This was reported by BelTA." */
    static Doc relayedByAgency() {
        return HandParsed.text("Belarus acknowledged that its instructors trained units. This was reported by BelTA.")
                .published(PUBLISHED).outlet("Meridian Wire")
                .sentence("Belarus NNP 2 nsubj", "acknowledged/acknowledge VBD 0 root", "that IN 6 mark",
                        "its PRP$ 5 nmod:poss", "instructors/instructor NNS 6 nsubj", "trained/train VBD 2 ccomp",
                        "units/unit NNS 6 obj", ". . 2 punct")
                .sentence("This DT 3 nsubj:pass", "was/be VBD 3 aux:pass", "reported/report VBN 0 root", "by IN 5 case",
                        "BelTA NNP 3 obl", ". . 3 punct")
                .actor("Belarus", "BLR", "Belarus").actor("BelTA", "BLRMED", "BelTA")
                .build();
    }

    /** "The Kremlin allegedly rejected any talks." */
    static Doc allegedDenial() {
        return HandParsed.text("The Kremlin allegedly rejected any talks.")
                .sentence("The DT 2 det", "Kremlin NNP 4 nsubj", "allegedly RB 4 advmod", "rejected/reject VBD 0 root",
                        "any DT 6 det", "talks/talk NNS 4 obj", ". . 4 punct")
                .actor("Kremlin", "RUSGOV", "Kremlin")
                .build();
    }

    /** 'Russia said its forces had "liberated" the village.' */
    static Doc scareQuoted() {
        return HandParsed.text("Russia said its forces had \"liberated\" the village.")
                .sentence("Russia NNP 2 nsubj", "said/say VBD 0 root", "its PRP$ 4 nmod:poss", "forces/force NNS 7 nsubj",
                        "had/have VBD 7 aux", "\" `` 7 punct", "liberated/liberate VBN 2 ccomp", "\" '' 7 punct",
                        "the DT 10 det", "village NN 7 obj", ". . 2 punct")
                .actor("Russia", "RUS", "Russia")
                .build();
    }

    /** "The ministry said the launch violates resolutions." */
    static Doc accusingContent() {
        return HandParsed.text("The ministry said the launch violates resolutions.")
                .sentence("The DT 2 det", "ministry NN 3 nsubj", "said/say VBD 0 root", "the DT 5 det",
                        "launch NN 6 nsubj", "violates/violate VBZ 3 ccomp", "resolutions/resolution NNS 6 obj", ". . 3 punct")
                .build();
    }

    /** "Kyiv said on March 9 that it held the town. At that time, the Kremlin rejected any talks." */
    static Doc discourseDate() {
        return HandParsed.text("Kyiv said on March 9 that it held the town. At that time, the Kremlin rejected any talks.")
                .published(PUBLISHED)
                .sentence("Kyiv NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "March NNP 2 obl", "9 CD 4 nummod",
                        "that IN 8 mark", "it PRP 8 nsubj", "held/hold VBD 2 ccomp", "the DT 10 det", "town NN 8 obj",
                        ". . 2 punct")
                .sentence("At IN 3 case", "that DT 3 det", "time NN 7 obl", ", , 7 punct", "the DT 6 det",
                        "Kremlin NNP 7 nsubj", "rejected/reject VBD 0 root", "any DT 9 det", "talks/talk NNS 7 obj",
                        ". . 7 punct")
                .actor("Kyiv", "UKR", "Ukraine").actor("Kremlin", "RUSGOV", "Kremlin")
                .time("March 9", LocalDate.of(2026, 3, 9))
                .build();
    }

    /** The sentence graphs of a document. */
    static List<SentenceGraph> graphs(Doc doc) {
        return SentenceGraph.of(doc);
    }
}
