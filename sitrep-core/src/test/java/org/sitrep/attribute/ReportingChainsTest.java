package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;

class ReportingChainsTest {
    @Test
    void theOutletIsOutermostAndTheSpeakerInnermost() {
        Doc doc = ClaimFixtures.relayedByAgency();
        ActorRef speaker = ActorRef.named("BLR", "Belarus", new Span(0, 7));
        assertThat(new ReportingChains(doc).chainFor(speaker)).extracting(ActorRef::name)
                .containsExactly("Meridian Wire", "Belarus");
    }

    @Test
    void anArticleWithoutOutletIsTheOuterLink() {
        Doc doc = org.sitrep.testkit.HandParsed.text("x").outlet(null).sentence("x X 0 root").build();
        assertThat(new ReportingChains(doc).chainFor(ActorRef.named(null, "someone", new Span(0, 1))).get(0).name())
                .isEqualTo("(the article)");
    }

    @Test
    void aDeclaredAgencyRelaysThePreviousClaimsAndLaterOnesOfItsCountry() {
        Doc doc = new ClaimExtractor(null).apply(ClaimFixtures.relayedByAgency());
        List<Claim> claims = doc.get(Layer.CLAIMS);
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).chain()).extracting(ActorRef::name).containsExactly("Meridian Wire", "BelTA", "Belarus");

        Doc parsed = ClaimFixtures.relayedByAgency();
        ReportingChains chains = new ReportingChains(parsed);
        List<SentenceGraph> graphs = SentenceGraph.of(parsed);
        assertThat(chains.channelDeclaration(graphs.get(1), new ArrayList<>(), 0, new SpeakerResolver(parsed))).isTrue();
        assertThat(chains.chainFor(ActorRef.named("BLRGOV", "Government", new Span(0, 7)))).extracting(ActorRef::name)
                .containsExactly("Meridian Wire", "BelTA", "Government");
        assertThat(chains.chainFor(ActorRef.named("UKR", "Ukraine", new Span(0, 7)))).hasSize(2);
        assertThat(chains.channelDeclaration(graphs.get(0), new ArrayList<>(), 0, new SpeakerResolver(parsed))).isFalse();
    }

    @Test
    void theOutletNamingItselfIsNotASource() {
        Doc doc = ClaimFixtures.relayedByAgency();
        ReportingChains chains = new ReportingChains(doc);
        String text = doc.text();
        assertThat(chains.isOutletItself(ActorRef.named(null, "Belarus", new Span(0, 7)))).isFalse();
        assertThat(ReportingChains.sameCountry("BLRMED", "BLRGOV")).isTrue();
        assertThat(ReportingChains.sameCountry("BLRMED", null)).isFalse();
        assertThat(text).startsWith("Belarus");
    }
}
