package org.sitrep.attribute;

import org.sitrep.model.CueClass;

/**
 * A reporting cue found in a sentence: its tokens [first, last] (document-wide indices), the token that heads it
 * in the parse, its lemma ("say", "call on", "according to") and the class of speech act it performs.
 */
record Cue(int first, int last, int head, String lemma, CueClass cueClass) {
    /** The lemma of "in his opinion" / "in the view of X", which is read like "according to X". */
    static final String OPINION = "in the opinion of";

    /** "according to X" and its kin "in X's opinion": a source phrase framing the rest of the sentence. */
    boolean isAccordingTo() {
        return lemma.equals("according to") || lemma.equals(OPINION);
    }
}
