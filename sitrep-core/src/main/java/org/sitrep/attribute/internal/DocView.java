package org.sitrep.attribute.internal;

import org.sitrep.model.Doc;
import org.sitrep.syntax.DependencyView;

/**
 * The document's {@link DependencyView} with the word classes the attribution features read. Immutable after
 * construction.
 */
public final class DocView extends DependencyView {
    public final String[] coarse, fine;

    /** @param clusters word classes for {@link #coarse} and {@link #fine} */
    public DocView(Doc doc, WordClusters clusters) {
        super(doc);
        coarse = new String[n];
        fine = new String[n];
        for (int i = 0; i < n; i++) {
            coarse[i] = clusters.of(lower[i], 0);
            fine[i] = clusters.of(lower[i], 1);
        }
    }
}
