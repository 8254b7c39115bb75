package org.sitrep.attribute;

import org.sitrep.model.CueClass;

/**
 * A reporting cue found in a sentence: its tokens [first, last] (document-wide indices), the token that heads it
 * in the parse, its lemma ("say", "call on", "according to") and the class of speech act it performs.
 */
record Cue(int first, int last, int head, String lemma, CueClass cueClass) {
    boolean isAccordingTo() {
        return lemma.equals("according to");
    }
}
