package org.sitrep.attribute;

import java.util.Optional;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;

/** Where a claim is about: the one rule the ledger, the command line and the server share. Stateless. */
public final class ClaimPlaces {
    private ClaimPlaces() {}

    /** The first place named in the claim's content, else in its evidence (the claim's sentence); empty when none. */
    public static Optional<Place> of(Doc doc, Claim claim) {
        Optional<Place> inContent = within(doc, claim.content());
        return inContent.isPresent() ? inContent : within(doc, claim.evidence().span());
    }

    private static Optional<Place> within(Doc doc, Span span) {
        return doc.get(Layer.PLACES).stream().filter(p -> span.contains(p.span())).map(PlaceMention::place).findFirst();
    }
}
