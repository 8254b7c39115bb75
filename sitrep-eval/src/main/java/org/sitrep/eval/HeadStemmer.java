package org.sitrep.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The normalized head of an event mention for same-lemma linking without a parser: the last word that is not a
 * function word, lower-cased, irregular verb forms mapped to their base, then inflection suffixes stripped
 * (-s, -es, -ies, -ed, -ing, a doubled final consonant, a final -e). Not a dictionary lemma: only equality matters.
 */
public final class HeadStemmer {
    private static final Set<String> FUNCTION = Set.of(("a an the this that these those his her its their our my "
            + "your of to into in on onto off out up down over back at under for with from by about through around "
            + "away after before against as than and or but not no").split(" "));
    private static final Map<String, String> IRREGULAR = new HashMap<>();

    static {
        String table = "be:am,is,are,was,were,been,being;have:has,had,having;do:does,did,done;arise:arose,arisen;"
                + "beat:beaten;become:became;begin:began,begun;bite:bit,bitten;bleed:bled;blow:blew,blown;"
                + "break:broke,broken;bring:brought;build:built;burn:burnt;buy:bought;catch:caught;choose:chose,chosen;"
                + "come:came;deal:dealt;dig:dug;draw:drew,drawn;drive:drove,driven;eat:ate,eaten;fall:fell,fallen;"
                + "feed:fed;feel:felt;fight:fought;find:found;flee:fled;fly:flew,flown;forgive:forgave,forgiven;"
                + "freeze:froze,frozen;get:got,gotten;give:gave,given;go:went,gone,goes;grow:grew,grown;hang:hung;"
                + "hear:heard;hide:hid,hidden;hold:held;keep:kept;know:knew,known;lay:laid;lead:led;leave:left;"
                + "lose:lost;make:made;mean:meant;meet:met;overthrow:overthrew,overthrown;pay:paid;ride:rode,ridden;"
                + "rise:rose,risen;run:ran;say:said;see:saw,seen;seek:sought;sell:sold;send:sent;shake:shook,shaken;"
                + "shoot:shot;sink:sank,sunk;sit:sat;slay:slew,slain;speak:spoke,spoken;spend:spent;stand:stood;"
                + "steal:stole,stolen;stick:stuck;strike:struck,stricken;swear:swore,sworn;sweep:swept;"
                + "take:took,taken;teach:taught;tear:tore,torn;tell:told;think:thought;throw:threw,thrown;"
                + "undergo:underwent,undergone;understand:understood;uphold:upheld;wake:woke,woken;wear:wore,worn;"
                + "win:won;withdraw:withdrew,withdrawn;write:wrote,written;die:died,dying,dies;lie:lying;"
                + "tie:tied,tying;man:men;woman:women;child:children;person:people";
        for (String entry : table.split(";")) {
            String[] parts = entry.split(":");
            IRREGULAR.put(parts[0], parts[0]);
            for (String form : parts[1].split(",")) IRREGULAR.put(form, parts[0]);
        }
    }

    private HeadStemmer() {}

    /** The stem of the mention's head word. */
    public static String headStem(List<String> words) {
        String head = null, last = null;
        for (String w : words) {
            if (!w.chars().anyMatch(Character::isLetterOrDigit)) continue;
            last = w;
            if (!FUNCTION.contains(w.toLowerCase(Locale.ROOT))) head = w;
        }
        String h = head != null ? head : last != null ? last : words.isEmpty() ? "" : words.get(words.size() - 1);
        return stem(h);
    }

    /** The stem of one word. */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String base = IRREGULAR.get(w);
        if (base != null) w = base;
        else if (w.length() > 4 && (w.endsWith("ies") || w.endsWith("ied"))) return w.substring(0, w.length() - 3) + "y";
        else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")))
            w = w.substring(0, w.length() - 2);
        else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"))
            w = w.substring(0, w.length() - 1);
        else if (w.length() > 4 && w.endsWith("ing") && hasVowel(w, w.length() - 3)) w = undouble(w.substring(0, w.length() - 3));
        else if (w.length() > 3 && w.endsWith("ed") && !w.endsWith("eed") && hasVowel(w, w.length() - 2))
            w = undouble(w.substring(0, w.length() - 2));
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) if ("aeiouy".indexOf(w.charAt(i)) >= 0) return true;
        return false;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiouyflsz".indexOf(w.charAt(n - 1)) < 0)
            return w.substring(0, n - 1);
        return w;
    }
}
