package org.sitrep.store;

import org.sitrep.model.Place;

/** A place and how many of the selected claims are located there ({@link Ledger#claimPlaces}). */
public record PlaceCount(Place place, long count) {}
