package org.sitrep.model;

/** Whether a fact is stated as having happened (or holding), or as denied / not having happened. */
public enum Polarity {
    /** Stated as happened or holding. */
    POSITIVE,
    /** Stated as not happened or not holding: "denied that its forces took part", "did not attack". */
    NEGATIVE
}
