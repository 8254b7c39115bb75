package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Outlet;
import org.sitrep.model.Outlet.Ownership;

class OutletRegistryTest {
    private final OutletRegistry registry = OutletRegistry.standard();

    @Test
    void stateAgenciesSpeakForTheirGovernments() {
        assertThat(registry.resolve("KCNA", null)).get().extracting(Outlet::speaksFor).isEqualTo("PRKGOV");
        assertThat(registry.resolve("TASS", null)).get().extracting(Outlet::ownership).isEqualTo(Ownership.STATE_OWNED);
        assertThat(registry.resolve("RIA Novosti", null)).get().extracting(Outlet::country).isEqualTo("RUS");
        assertThat(registry.resolve(null, "https://www.xinhuanet.com/english/x.htm")).get()
                .extracting(Outlet::id).isEqualTo("xinhua");
    }

    @Test
    void theUrlHostDecidesIncludingSubdomains() {
        assertThat(registry.resolve(null, "https://eng.belta.by/politics/view/1")).get().extracting(Outlet::id).isEqualTo("belta");
        assertThat(registry.resolve(null, "https://edition.cnn.com/2022/x")).get().extracting(Outlet::id).isEqualTo("cnn");
        assertThat(registry.resolve("Some Blog", "https://www.ukrinform.net/rubric-ato/1.html")).get()
                .extracting(Outlet::id).isEqualTo("ukrinform");
    }

    @Test
    void namesMatchIgnoringCaseAndTheArticle() {
        assertThat(registry.resolve("the guardian", null)).get().extracting(Outlet::id).isEqualTo("guardian");
        assertThat(registry.resolve("Otechestvo-24", null)).get().extracting(Outlet::ownership).isEqualTo(Ownership.STATE_OWNED);
        assertThat(registry.resolve("Meridian Wire", null)).get().extracting(Outlet::ownership).isEqualTo(Ownership.PRIVATE);
    }

    @Test
    void anUnlistedOutletResolvesToAnUnknownOneWithAStableId() {
        Outlet a = registry.resolve("Zaporizhzhia Evening Post", null).orElseThrow();
        Outlet b = registry.resolve("ZAPORIZHZHIA EVENING POST.", null).orElseThrow();
        assertThat(a.ownership()).isEqualTo(Ownership.UNKNOWN);
        assertThat(a.id()).isEqualTo(b.id()).startsWith("unknown:");
        assertThat(registry.resolve(null, "https://www.someblog.example/a").orElseThrow().id()).isEqualTo("unknown:someblog.example");
    }

    @Test
    void nothingGivenOrGarbageIsEmptyNotAnError() {
        assertThat(registry.resolve(null, null)).isEmpty();
        assertThat(registry.resolve("  ", "not a url at all ::")).isEmpty();
    }

    @Test
    void everyStateOwnedOutletNamesWhomItSpeaksFor() {
        assertThat(registry.all()).hasSizeGreaterThan(30);
        for (Outlet o : registry.all()) {
            assertThat(o.speaksFor() != null).as(o.id()).isEqualTo(o.ownership() == Ownership.STATE_OWNED);
            assertThat(o.source()).as(o.id()).isNotBlank();
        }
    }
}
