package org.sitrep.model;

/**
 * The event types of PLOVER as coded in the PLOVER gold-standard records ({@code ../shared/eval/plover-gsr}):
 * the sixteen types of the PLOVER manual (2021) plus the record set's {@code DEMAND} (the manual's REQUEST),
 * {@code DISAPPROVE} (the manual's ACCUSE with mode "disapprove"), {@code FIGHT} (conventional military force,
 * CAMEO 19, which the 2021 table folds into ASSAULT) and {@code INVESTIGATE}.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, DEMAND, DISAPPROVE, ACCUSE, REJECT, THREATEN,
    PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, FIGHT, INVESTIGATE
}
