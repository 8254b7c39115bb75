package org.sitrep.model;

/** How an event is presented: as something that happened, or something planned, demanded or hypothetical. */
public enum Modality {
    /** Happened or is happening. */
    ACTUAL,
    /** Intended, scheduled or promised: "will send", "decided to send", "plans to". */
    PLANNED,
    /** Asked or ordered of someone: "called on X to stop deploying". */
    DEMANDED,
    /** Possible or conditional: "could attack", "if … would". */
    HYPOTHETICAL
}
