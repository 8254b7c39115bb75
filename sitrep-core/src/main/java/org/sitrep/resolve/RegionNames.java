package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Region names without their designators: "Kharkiv Oblast", "Oblast Donetsk", "Kyivs'ka oblast", "Krasnodar Krai"
 * and "Республика Крым" are matched on what remains, in key form, including the Ukrainian and Russian adjectival
 * form ("Donets'ka", "Belgorodskaya" → the key of "Donetsk", "Belgorod"). Stateless and thread-safe.
 */
public final class RegionNames {
    /** Words that say "this is a region", in the romanizations and languages the gazetteer's names use. */
    static final Set<String> DESIGNATORS = Set.of(
            "oblast", "oblasti", "oblasts", "obl", "region", "regional", "province", "provinz", "provincia",
            "krai", "kray", "rai", "raion", "rayon", "rajon", "raioni", "district", "okrug", "republic", "respublika",
            "autonomous", "avtonomna", "avtonomnaia", "city", "gorod", "misto", "municipality", "governorate",
            "voblasts", "voblast", "oblys", "obwod", "county", "state", "territory", "of", "the", "de", "di", "del",
            "la", "le", "das", "der", "die", "oblast'", "область", "край", "район", "республика", "автономная",
            "автономна", "республіка", "місто", "город", "округ");

    private RegionNames() {}

    /** The name with designator words removed; the name itself when nothing else would remain. */
    public static String strip(String name) {
        String[] words = name.split("[\\s\\-–,.()]+");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) continue;
            String lower = w.toLowerCase(Locale.ROOT).replace("’", "'").replace("ʼ", "'");
            String plain = PlaceNameKey.latinLetters(lower);
            if (DESIGNATORS.contains(lower) || DESIGNATORS.contains(plain)) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(w);
        }
        return sb.length() == 0 ? name : sb.toString();
    }

    /** True when {@code word} is a region designator ("oblast", "Region", "krai"…). */
    public static boolean isDesignator(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return DESIGNATORS.contains(lower) || DESIGNATORS.contains(PlaceNameKey.latinLetters(lower));
    }

    /**
     * Keys to try for a region name: the stripped name's key, then without an adjectival ending (-ska, -skaya,
     * -skyi → -sk) and without the -sk itself, most specific first, no duplicates.
     */
    public static List<String> keys(String name) {
        List<String> keys = new ArrayList<>(3);
        String k = PlaceNameKey.key(strip(name));
        add(keys, k);
        String base = k;
        // drop the adjective's vowel ending after k: donecka → doneck, belhorodskaia → belhorodsk
        int end = base.length();
        while (end > 0 && PlaceNameKey.isVowel(base.charAt(end - 1))) end--;
        if (end < base.length() && end > 0 && base.charAt(end - 1) == 'k') {
            base = base.substring(0, end);
            add(keys, base);
            if (base.endsWith("sk") && base.length() > 5) add(keys, base.substring(0, base.length() - 2));
        }
        return keys;
    }

    private static void add(List<String> keys, String k) {
        if (!k.isEmpty() && !keys.contains(k)) keys.add(k);
    }
}
