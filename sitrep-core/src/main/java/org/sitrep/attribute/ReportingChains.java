package org.sitrep.attribute;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;

/**
 * Through whom a claim reached the reader: the article's outlet outermost, then a relaying agency ("This was
 * reported by KCNA"), then the source. An agency declared once is also the channel of later claims by actors of
 * its own country (state media relaying its own government). One instance per document, front to back; not
 * thread-safe.
 */
final class ReportingChains {
    private final Doc doc;
    private final ActorRef outlet;
    private final List<ActorRef> channels = new ArrayList<>();

    ReportingChains(Doc doc) {
        this.doc = doc;
        String name = doc.article().outlet();
        this.outlet = ActorRef.named(null, name == null || name.isBlank() ? "(the article)" : name, null);
    }

    /** Outer → inner: the outlet, a channel of the speaker's country if one was declared, the speaker. */
    List<ActorRef> chainFor(ActorRef speaker) {
        List<ActorRef> chain = new ArrayList<>();
        chain.add(outlet);
        if (speaker.code() != null && !isMedia(speaker.code()))
            for (ActorRef channel : channels)
                if (sameCountry(channel.code(), speaker.code())) {
                    chain.add(channel);
                    break;
                }
        chain.add(speaker);
        return chain;
    }

    /**
     * "This was reported by KCNA." / "KCNA reported this.": the named agency relayed the previous sentence's
     * claims ({@code claims} from index {@code previousClaims} on, rewritten in place), and it is taken as the
     * channel for later claims by its own country's actors. True when the sentence is such a declaration.
     */
    boolean channelDeclaration(SentenceGraph g, List<Claim> claims, int previousClaims, SpeakerResolver speakers) {
        for (int i = g.first(); i < g.end(); i++) {
            if (!CueLexicon.CHANNEL_VERBS.contains(g.lemma(i)) || !g.pos(i).startsWith("VB")) continue;
            if (CueFinder.negated(g, i)) continue; // "… but that they did not publish it": no relay declared
            int pass = g.child(i, "nsubj:pass"), obj = g.child(i, "obj"), agent = -1;
            if (pass >= 0 && g.isDemonstrative(pass))
                for (int c : g.children(i)) if (g.rel(c).startsWith("obl") && g.hasCase(c, "by")) agent = c;
            if (obj >= 0 && g.isDemonstrative(obj)) agent = g.child(i, "nsubj");
            if (agent < 0) continue;
            int[] range = g.trimmed(agent);
            if (range == null) continue; // the agent is punctuation only
            ActorRef channel = speakers.resolve(g, range, g.span(range[0], range[1]));
            if (channel.code() == null) return false;
            channels.add(channel);
            for (int k = previousClaims; k < claims.size(); k++) {
                Claim c = claims.get(k);
                claims.set(k, c.withChain(List.of(outlet, channel, c.source())));
            }
            return true;
        }
        return false;
    }

    /** "Meridian Wire could not verify …" in Meridian Wire's own article is the reporter's voice, not a claim. */
    boolean isOutletItself(ActorRef source) {
        String outletName = doc.article().outlet();
        if (outletName == null || source.mention() == null) return false;
        String said = source.mention().of(doc.text());
        // an agency's copy calls itself "the agency" ("…, the agency notes.")
        return said.equalsIgnoreCase(outletName)
                || said.equalsIgnoreCase("the agency") && outletName.toLowerCase(java.util.Locale.ROOT).contains("agency");
    }

    static boolean isMedia(String code) {
        return code.endsWith("MED");
    }

    static boolean sameCountry(String a, String b) {
        return a != null && b != null && a.length() >= 3 && b.length() >= 3 && a.substring(0, 3).equals(b.substring(0, 3));
    }
}
