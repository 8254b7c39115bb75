package org.sitrep.store;

import java.time.LocalDate;

/** How many claims were made on one statement day ({@link Ledger#claimDays}). */
public record DayCount(LocalDate day, long count) {}
