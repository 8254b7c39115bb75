package org.sitrep.resolve;

import java.text.Normalizer;

/**
 * Folds a place name to a matching key that is the same for the usual English, Ukrainian, Russian, German and
 * Polish romanizations of one Cyrillic name, and computes a transliteration-aware edit distance between keys.
 *
 * <p>The key: Cyrillic transliterated; accents, case, apostrophes, soft signs, spaces and hyphens dropped; then
 * sounds that romanizations spell differently folded to one symbol — shch/sch/shh/szcz → S, sh/sz → S, ch/tch/cz →
 * C, zh/zj → Z, kh/gh/g/h → h, ts/tz → c, w → v, ph → f, y/j → i, ie/ye/je → e, doubled letters → one. So
 * Kharkov/Kharkiv/Харків, Lysychans'k/Lysychansk/Лисичанськ, Vyshhorod/Vyschorod, Huliaipole/Gulyaipole share a
 * key or lie one cheap edit apart. The skeleton is the key without vowels: it generates candidates whose vowels
 * differ (Velikaya/Velyka, Nikolayev/Nikolaev).
 *
 * <p>Stateless and thread-safe.
 */
public final class PlaceNameKey {
    private PlaceNameKey() {}

    /** The matching key of {@code name}; empty when the name has no letters. Never null. */
    public static String key(String name) {
        String latin = latinLetters(name);
        StringBuilder out = new StringBuilder(latin.length());
        int n = latin.length();
        for (int i = 0; i < n; ) {
            char c = latin.charAt(i);
            // Only the rules that begin with this letter are tried: this runs for every name at load time.
            int used = 1;
            char symbol;
            switch (c) {
                case 's' -> {
                    if (starts(latin, i, "shch") || starts(latin, i, "szcz")) { symbol = 'S'; used = 4; }
                    else if (starts(latin, i, "sch") || starts(latin, i, "shh")) { symbol = 'S'; used = 3; }
                    else if (starts(latin, i, "sh") || starts(latin, i, "sz")) { symbol = 'S'; used = 2; }
                    else symbol = 's';
                }
                case 't' -> {
                    if (starts(latin, i, "tsch")) { symbol = 'C'; used = 4; }
                    else if (starts(latin, i, "tch")) { symbol = 'C'; used = 3; }
                    else if (starts(latin, i, "ts") || starts(latin, i, "tz")) { symbol = 'c'; used = 2; }
                    else symbol = 't';
                }
                case 'c' -> {
                    if (starts(latin, i, "ch") || starts(latin, i, "cz")) { symbol = 'C'; used = 2; }
                    else if (starts(latin, i, "ck")) { symbol = 'k'; used = 2; }
                    else symbol = 'c';
                }
                case 'z' -> {
                    if (starts(latin, i, "zh") || starts(latin, i, "zj")) { symbol = 'Z'; used = 2; }
                    else symbol = 'z';
                }
                case 'k' -> {
                    if (starts(latin, i, "kh")) { symbol = 'h'; used = 2; }
                    else symbol = 'k';
                }
                case 'p' -> {
                    if (starts(latin, i, "ph")) { symbol = 'f'; used = 2; }
                    else symbol = 'p';
                }
                case 'g' -> {
                    if (starts(latin, i, "gh")) used = 2;
                    symbol = 'h';
                }
                case 'w' -> symbol = 'v';
                case 'q' -> symbol = 'k';
                case 'y', 'j' -> symbol = 'i';
                default -> symbol = c;
            }
            out.append(symbol);
            i += used;
        }
        // ie/ye/je → e (Yenakiieve / Enakievo), then doubled symbols → one (Zaporizhzhia, -skyi/-skii/-sky).
        StringBuilder folded = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == 'i' && i + 1 < out.length() && out.charAt(i + 1) == 'e') continue;
            if (folded.length() > 0 && folded.charAt(folded.length() - 1) == c) continue;
            folded.append(c);
        }
        return folded.toString();
    }

    /** The key without its vowels; used only to generate candidates. */
    public static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isVowel(c)) out.append(c);
        }
        return out.toString();
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Edit distance between two keys where vowel edits and edits of {@code h} cost 0.5 (romanizations differ
     * mostly there) and every other insertion, deletion or substitution costs 1.
     */
    public static double distance(String a, String b) {
        int n = a.length(), m = b.length();
        double[] prev = new double[m + 1], cur = new double[m + 1];
        for (int j = 1; j <= m; j++) prev[j] = prev[j - 1] + cost(b.charAt(j - 1));
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            cur[0] = prev[0] + cost(ca);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                double sub = ca == cb ? 0 : (cost(ca) < 1 && cost(cb) < 1) ? 0.5 : 1;
                cur[j] = Math.min(prev[j - 1] + sub, Math.min(prev[j] + cost(ca), cur[j - 1] + cost(cb)));
            }
            double[] t = prev; prev = cur; cur = t;
        }
        return prev[m];
    }

    private static double cost(char c) {
        return isVowel(c) || c == 'h' ? 0.5 : 1;
    }

    /** The largest distance still taken for a match of a key this long: short names must match exactly. */
    public static double tolerance(int keyLength) {
        if (keyLength < 4) return 0;
        if (keyLength < 6) return 0.5;
        if (keyLength < 9) return 1;
        if (keyLength < 13) return 1.5;
        return 2;
    }

    private static boolean starts(String s, int i, String prefix) {
        return s.startsWith(prefix, i);
    }

    /** Lower-case a–z only: Cyrillic transliterated, accents and everything else dropped. */
    static String latinLetters(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z') sb.append(c);
            else if (c >= 'A' && c <= 'Z') sb.append((char) (c + 32));
            else if (c < 128) continue;
            else if (c < LATIN_FOLD.length) sb.append(LATIN_FOLD[c]);
            else if (c >= '\u0400' && c <= '\u04FF') sb.append(cyrillic(Character.toLowerCase(c)));
            else if (Character.isLetter(c)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                for (int j = 0; j < d.length(); j++) {
                    char x = Character.toLowerCase(d.charAt(j));
                    if (x >= 'a' && x <= 'z') sb.append(x);
                }
            }
        }
        return sb.toString();
    }

    /** Latin letters with accents (U+0080–U+024F) → their plain lower-case letters; built once, for speed. */
    private static final String[] LATIN_FOLD = buildLatinFold();

    private static String[] buildLatinFold() {
        String[] fold = new String[0x250];
        for (char c = 0x80; c < 0x250; c++) {
            String special = switch (Character.toLowerCase(c)) {
                case 'ł' -> "l";
                case 'ø' -> "o";
                case 'đ' -> "d";
                case 'ß' -> "ss";
                case 'ı' -> "i";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'þ' -> "th";
                case 'ð' -> "d";
                case 'ħ' -> "h";
                default -> null;
            };
            if (special == null) {
                StringBuilder plain = new StringBuilder();
                String d = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
                for (int j = 0; j < d.length(); j++)
                    if (d.charAt(j) >= 'a' && d.charAt(j) <= 'z') plain.append(d.charAt(j));
                special = Character.isLetter(c) ? plain.toString() : "";
            }
            fold[c] = special;
        }
        return fold;
    }

    /** Ukrainian and Russian letters in a scheme close to both national romanizations; the key folds the rest. */
    private static String cyrillic(char c) {
        return switch (c) {
            case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "h"; case 'ґ' -> "g"; case 'д' -> "d";
            case 'е', 'ё', 'э' -> "e"; case 'є' -> "ie"; case 'ж' -> "zh"; case 'з' -> "z"; case 'и', 'ы' -> "y";
            case 'і' -> "i"; case 'ї' -> "i"; case 'й' -> "i"; case 'к' -> "k"; case 'л' -> "l"; case 'м' -> "m";
            case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s"; case 'т' -> "t";
            case 'у', 'ў' -> "u"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts"; case 'ч' -> "ch";
            case 'ш' -> "sh"; case 'щ' -> "shch"; case 'ю' -> "iu"; case 'я' -> "ia";
            default -> ""; // ь, ъ and letters of other Cyrillic alphabets carry no sound we match on
        };
    }
}
