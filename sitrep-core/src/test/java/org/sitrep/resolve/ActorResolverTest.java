package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.testkit.Invariants;
import org.sitrep.testkit.TestDocs;

/** Model-free: hand-tokenized documents with sentences written for these tests, against the bundled registry. */
class ActorResolverTest {
    private static final ActorResolver RESOLVER = new ActorResolver();

    private static Doc doc(String text) {
        return TestDocs.tokenized(text).with(Layer.ENTITIES, List.of());
    }

    private static List<ActorMention> actors(String text) {
        return RESOLVER.apply(doc(text)).get(Layer.ACTORS);
    }

    private static ActorMention only(String text, String surface) {
        List<ActorMention> at = actors(text).stream().filter(m -> m.span().of(text).equals(surface)).toList();
        assertThat(at).as("one mention over '%s' in %s", surface, describe(text)).hasSize(1);
        return at.get(0);
    }

    private static String describe(String text) {
        List<String> out = new ArrayList<>();
        for (ActorMention m : actors(text)) out.add(m.span().of(text) + "=" + m.code() + "/" + m.role());
        return out.toString();
    }

    @Test
    void longestNameWinsOverTheCountryInsideIt() {
        String text = "The General Staff of the Armed Forces of Ukraine reported 21 clashes near the border.";
        ActorMention m = only(text, "General Staff of the Armed Forces of Ukraine");
        assertThat(m.code()).isEqualTo("UKRMIL");
        assertThat(actors(text)).extracting(ActorMention::code).containsExactly("UKRMIL");
    }

    @Test
    void institutionWithRoleNounKeepsItsCodeAndRecordsTheRole() {
        String text = "A State Department spokesman said the training violates the resolutions.";
        ActorMention m = only(text, "State Department spokesman");
        assertThat(m.code()).isEqualTo("USAGOV");
        assertThat(m.role()).isEqualTo("spokesman");
    }

    @Test
    void definiteDescriptionsReferBackToTheLatestMatchingMention() {
        String text = "KCNA carried a statement by the Central Military Commission of the Workers' Party of Korea. "
                + "The commission praised the soldiers. The agency gave no figures.";
        ActorMention cmc = only(text, "Central Military Commission of the Workers' Party of Korea");
        assertThat(cmc.code()).isEqualTo("PRKMIL");
        ActorMention commission = only(text, "The commission");
        assertThat(commission.code()).isEqualTo("PRKMIL");
        assertThat(commission.name()).isEqualTo(cmc.name());
        ActorMention agency = only(text, "The agency");
        assertThat(agency.code()).isEqualTo("PRKMED");
        assertThat(agency.name()).isEqualTo("Korean Central News Agency");
    }

    @Test
    void definiteDescriptionWithoutAntecedentResolvesToNothing() {
        String text = "The commission met on Tuesday.";
        assertThat(actors(text)).isEmpty();
    }

    @Test
    void capitalAsAgentIsItsGovernmentAndAsLocationIsNoActor() {
        String agent = "Pyongyang said the deployment was lawful.";
        assertThat(only(agent, "Pyongyang").code()).isEqualTo("PRKGOV");
        String denial = "Moscow denied the report.";
        assertThat(only(denial, "Moscow").code()).isEqualTo("RUSGOV");
        String place = "A parade was held in Pyongyang on Sunday.";
        assertThat(actors(place)).isEmpty();
        String addressee = "Washington called on Pyongyang to stop the deployment.";
        assertThat(only(addressee, "Pyongyang").code()).isEqualTo("PRKGOV");
        assertThat(only(addressee, "Washington").code()).isEqualTo("USAGOV");
    }

    @Test
    void aTreasuryIsAMinistryOfItsGovernment() {
        assertThat(only("The Australian Treasury froze the accounts of two lenders.", "Australian Treasury").code())
                .isEqualTo("AUSGOV");
    }

    @Test
    void aCentralBankIsAnAgencyOfItsGovernment() {
        assertThat(only("Norway's central bank cut its main rate by a quarter point.", "Norway's central bank").code())
                .isEqualTo("NORGOV");
    }

    @Test
    void defenceSourcesAreTheMilitary() {
        assertThat(only("Dutch defence sources doubted the count of drones.", "Dutch defence sources").code())
                .isEqualTo("NLDMIL");
    }

    @Test
    void aRegistryPersonWithASurnameOneLetterOffIsThatPersonAndTheSpellingRefersBack() {
        String text = "Wołodymyr Zelinski met three mayors in Odesa. Later Zelinski thanked the nurses.";
        ActorMention full = only(text, "Wołodymyr Zelinski");
        assertThat(full.code()).isEqualTo("UKRGOV");
        assertThat(full.actorId()).isEqualTo("VOLODYMYR_ZELENSKY");
        assertThat(only(text, "Zelinski").code()).isEqualTo("UKRGOV");
        // a first name with a surname two letters off names someone else
        assertThat(actors("Wołodymyr Zalinsky met three mayors in Odesa.")).isEmpty();
    }

    @Test
    void aStrangerAfterTitleOfCountryHoldsTheOfficeAndTheSurnameRefersBack() {
        String text = "The foreign minister of Chile Pablo Rojas blamed the storm for the delay. Rojas later left.";
        ActorMention minister = only(text, "foreign minister of Chile Pablo Rojas");
        assertThat(minister.code()).isEqualTo("CHLGOV");
        assertThat(minister.name()).isEqualTo("Pablo Rojas");
        assertThat(only(text, "Rojas").code()).isEqualTo("CHLGOV");
    }

    @Test
    void demonymWithSectorNounGivesTheSector() {
        assertThat(only("North Korean troops crossed the river.", "North Korean troops").code()).isEqualTo("PRKMIL");
        assertThat(only("Russian forces advanced overnight.", "Russian forces").code()).isEqualTo("RUSMIL");
        assertThat(only("Ukrainian authorities ordered an evacuation.", "Ukrainian authorities").code())
                .isEqualTo("UKRGOV");
        assertThat(only("The president of Armenia arrived late.", "president of Armenia").code()).isEqualTo("ARMGOV");
    }

    @Test
    void officeOfATownOrRegionIsItsCountrysGovernment() {
        assertThat(only("The mayor of Moscow said the parade would go ahead.", "mayor of Moscow").code())
                .isEqualTo("RUSGOV");
        ActorMention head = only("The head of the Kharkiv region reported shelling overnight.", "head of the Kharkiv region");
        assertThat(head.code()).isEqualTo("UKRGOV");
        assertThat(head.role()).isEqualTo("head");
        // the place's name is no person's to refer back to: "Kharkiv" alone later is the city, no actor
        assertThat(actors("The head of the Kharkiv region spoke. Kharkiv was shelled again."))
                .extracting(ActorMention::code).containsExactly("UKRGOV");
        assertThat(only("An MP of Lviv called for more air defence.", "MP of Lviv").code()).isEqualTo("UKRLEG");
    }

    @Test
    void personAfterTheOfficeOfAPlaceHoldsIt() {
        String text = "Governor of Bavaria Anton Kellermeier rejected the proposal on Friday.";
        ActorMention m = only(text, "Governor of Bavaria Anton Kellermeier");
        assertThat(m.code()).isEqualTo("DEUGOV");
        assertThat(m.name()).isEqualTo("Anton Kellermeier");
        ActorMention kyiv = only("The mayor of Kyiv Oleksandr Hrytsenko warned of blackouts.",
                "mayor of Kyiv Oleksandr Hrytsenko");
        assertThat(kyiv.code()).isEqualTo("UKRGOV");
        assertThat(kyiv.name()).isEqualTo("Oleksandr Hrytsenko");
    }

    @Test
    void placeBeforeAnOfficeAndItsHolder() {
        ActorMention m = only("Kharkiv Governor Oleh Petrenko said two people were wounded.",
                "Kharkiv Governor Oleh Petrenko");
        assertThat(m.code()).isEqualTo("UKRGOV");
        assertThat(m.name()).isEqualTo("Oleh Petrenko");
        assertThat(m.role()).isEqualTo("Kharkiv Governor");
        // no holder named: the place stays a place
        assertThat(actors("Kharkiv Governor's office said two people were wounded.")).isEmpty();
    }

    @Test
    void officeOfAnUnknownOrAmbiguousPlaceCodesNothing() {
        assertThat(actors("The mayor of Zlatovarsk said the bridge was closed.")).isEmpty();
        // Valencia is a large city of Spain and of Venezuela: whose mayor is not said
        assertThat(actors("The mayor of Valencia said the bridge was closed.")).isEmpty();
        // a compass word begins no office's place; a place inside a longer unknown name is none either
        assertThat(actors("Warsaw wants to be the leader of Eastern Europe, she wrote.")).extracting(ActorMention::code)
                .containsExactly("POLGOV");
        assertThat(actors("He is the head of Lviv Polytechnic University.")).isEmpty();
        // a state keeps its own rule, a body its code
        assertThat(only("The leader of Armenia arrived late.", "leader of Armenia").code()).isEqualTo("ARMGOV");
        assertThat(only("The head of the EC said the talks would resume.", "head of the EC").code())
                .isEqualTo("IGOEUREEC");
    }

    @Test
    void registryOfficesWithAClearCountry() {
        String irish = "Taoiseach Ciaran Dunleavy said Ireland would send aid.";
        int name = irish.indexOf("Ciaran");
        List<ActorMention> taoiseach = RESOLVER.apply(TestDocs.tokenized(irish).with(Layer.ENTITIES,
                List.of(new EntityMention(new Span(name, name + "Ciaran Dunleavy".length()), "PERSON", 0.9))))
                .get(Layer.ACTORS);
        assertThat(taoiseach).extracting(m -> m.span().of(irish) + "=" + m.code())
                .contains("Taoiseach Ciaran Dunleavy=IRLGOV");
        ActorMention dpr = only("The leader of the DPR said the town had been taken.", "leader of the DPR");
        assertThat(dpr.code()).isEqualTo("UKRREB");
        assertThat(only("The Luhansk People's Republic denied it.", "Luhansk People's Republic").code())
                .isEqualTo("UKRREB");
        String text = "Attorney General Merrick Garland said the charges would stand.";
        List<ActorMention> at2023 = RESOLVER.apply(TestDocs.tokenized(text, LocalDate.of(2023, 5, 2))
                .with(Layer.ENTITIES, List.of())).get(Layer.ACTORS);
        assertThat(at2023).extracting(ActorMention::code).containsExactly("USAGOV");
    }

    @Test
    void titleAndKnownPersonBecomeOneMentionWithThePersonsCodeAtPublication() {
        String text = "Chief of the General Staff of the Russian Armed Forces Valery Gerasimov said the region was taken.";
        ActorMention m = only(text, "Chief of the General Staff of the Russian Armed Forces Valery Gerasimov");
        assertThat(m.code()).isEqualTo("RUSMIL");
        assertThat(m.name()).isEqualTo("Valery Gerasimov");
        assertThat(m.role()).startsWith("Chief of the General Staff");
    }

    @Test
    void personsCodeFollowsTheRoleHeldAtThePublicationDate() {
        String text = "Sergei Shoigu met the delegation.";
        Doc in2023 = TestDocs.tokenized(text, LocalDate.of(2023, 3, 1)).with(Layer.ENTITIES, List.of());
        Doc in2025 = TestDocs.tokenized(text, LocalDate.of(2025, 3, 1)).with(Layer.ENTITIES, List.of());
        assertThat(RESOLVER.apply(in2023).get(Layer.ACTORS)).extracting(ActorMention::code).containsExactly("RUSGOVMIL");
        assertThat(RESOLVER.apply(in2025).get(Layer.ACTORS)).extracting(ActorMention::code).containsExactly("RUSGOV");
    }

    @Test
    void aHandWrittenPersonOutOfEveryOfficeSpeaksAsACitizen() {
        String text = "Liz Truss said the West must act.";
        Doc inOffice = TestDocs.tokenized(text, LocalDate.of(2022, 10, 1)).with(Layer.ENTITIES, List.of());
        Doc after = TestDocs.tokenized(text, LocalDate.of(2023, 2, 17)).with(Layer.ENTITIES, List.of());
        assertThat(RESOLVER.apply(inOffice).get(Layer.ACTORS)).extracting(ActorMention::code).containsExactly("GBRGOV");
        List<ActorMention> later = RESOLVER.apply(after).get(Layer.ACTORS);
        assertThat(later).extracting(ActorMention::code).containsExactly("GBR");
        assertThat(later).extracting(ActorMention::actorId).containsExactly("LIZ_TRUSS"); // still the same person
        // an office that starts later is no office left: the entry's own code stays
        String speaker = "Mike Johnson said the vote would wait.";
        Doc before = TestDocs.tokenized(speaker, LocalDate.of(2022, 6, 1)).with(Layer.ENTITIES, List.of());
        assertThat(RESOLVER.apply(before).get(Layer.ACTORS)).extracting(ActorMention::code).containsExactly("USALEG");
    }

    @Test
    void surnameAloneReferstoThePersonNamedEarlier() {
        String text = "Kim Jong Un sent the troops. Later Kim praised them.";
        assertThat(only(text, "Kim Jong Un").code()).isEqualTo("PRKGOV");
        assertThat(only(text, "Kim").name()).isEqualTo("Kim Jong Un");
    }

    @Test
    void aFormOfAddressBeforeAKnownSurnameIsNoLongerName() {
        String text = "Talks went on. Mr Sunak said more aid would come.";
        Doc doc = TestDocs.tokenized(text, LocalDate.of(2024, 4, 23)).with(Layer.ENTITIES, List.of());
        assertThat(RESOLVER.apply(doc).get(Layer.ACTORS)).extracting(ActorMention::code).containsExactly("GBRGOV");
    }

    @Test
    void unknownPersonAfterATitleTakesTheTitlesCodeAndTheNerName() {
        String text = "Estonian Foreign Minister Jaan Tamm arrived.";
        int start = text.indexOf("Jaan");
        Doc doc = TestDocs.tokenized(text).with(Layer.ENTITIES,
                List.of(new EntityMention(new Span(start, start + "Jaan Tamm".length()), "PERSON", 0.9)));
        List<ActorMention> found = RESOLVER.apply(doc).get(Layer.ACTORS);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).code()).isEqualTo("ESTGOV");
        assertThat(found.get(0).name()).isEqualTo("Jaan Tamm");
        assertThat(found.get(0).span().of(text)).isEqualTo("Estonian Foreign Minister Jaan Tamm");
    }

    private static List<ActorMention> withPerson(String text, String person) {
        int start = text.indexOf(person);
        Doc doc = TestDocs.tokenized(text).with(Layer.ENTITIES,
                List.of(new EntityMention(new Span(start, start + person.length()), "PERSON", 0.9)));
        return RESOLVER.apply(doc).get(Layer.ACTORS);
    }

    @Test
    void unknownPersonTitledInAnAppositionTakesItsStateAndOffice() {
        String text = "Jaan Tamm, Estonia's defence minister, arrived. Later Tamm spoke.";
        List<ActorMention> found = withPerson(text, "Jaan Tamm");
        assertThat(found).filteredOn(m -> m.span().of(text).equals("Jaan Tamm")).extracting(ActorMention::code)
                .containsExactly("ESTGOVMIL");
        assertThat(found).filteredOn(m -> m.span().of(text).equals("Tamm")).extracting(ActorMention::code)
                .containsExactly("ESTGOVMIL");
    }

    @Test
    void aBodyInTheAppositionCodesBeforeItsStateAndNoActorCodesNothing() {
        String body = "Jaan Tamm, head of intelligence at the US Pentagon, spoke.";
        assertThat(withPerson(body, "Jaan Tamm")).filteredOn(m -> m.span().of(body).equals("Jaan Tamm"))
                .extracting(ActorMention::code).containsExactly("USAMIL");
        String none = "Jaan Tamm, a professor at the institute, spoke.";
        assertThat(withPerson(none, "Jaan Tamm")).isEmpty();
    }

    @Test
    void aStateOfficeInTheAppositionWithNoStateIsTheOneOfTheStateLastNamedWithSuchOffices() {
        String premier = "The Slovak government met. Tomas Brezik, the new prime minister, promised more aid.";
        assertThat(codesOf(withPerson(premier, "Tomas Brezik"), premier, "Tomas Brezik")).containsExactly("SVKGOV");
        String voice = "Polish troops left and the Slovak government met. "
                + "Dana Kopecka, a spokeswoman for the ministry, denied it.";
        assertThat(codesOf(withPerson(voice, "Dana Kopecka"), voice, "Dana Kopecka")).containsExactly("SVKGOV");
        String retired = "The Slovak army denied the report. Ivan Sokol, a retired army colonel, doubted it.";
        assertThat(codesOf(withPerson(retired, "Ivan Sokol"), retired, "Ivan Sokol")).containsExactly("SVK");
        // no earlier office of a state; the head of something unnamed; an office of a body the registry does not know
        String bare = "Slovakia has a new cabinet. Tomas Brezik, the new prime minister, promised more aid.";
        assertThat(codesOf(withPerson(bare, "Tomas Brezik"), bare, "Tomas Brezik")).isEmpty();
        String clinic = "The Slovak government met on Monday. Eva Hrabal, head of the regional clinic, was worried.";
        assertThat(codesOf(withPerson(clinic, "Eva Hrabal"), clinic, "Eva Hrabal")).isEmpty();
        String body = "The Slovak government met. Eva Hrabal, a spokeswoman for the Tatra Rowing Union, was worried.";
        assertThat(codesOf(withPerson(body, "Eva Hrabal"), body, "Eva Hrabal")).isEmpty();
    }

    @Test
    void aFormerOfficeInTheAppositionCodesTheCitizen() {
        String text = "Jaan Tamm, a former head of intelligence at the US Pentagon, spoke. Later Tamm wrote a book.";
        List<ActorMention> found = withPerson(text, "Jaan Tamm");
        assertThat(found).filteredOn(m -> m.span().of(text).equals("Jaan Tamm")).extracting(ActorMention::code)
                .containsExactly("USA");
        assertThat(found).filteredOn(m -> m.span().of(text).equals("Tamm")).extracting(ActorMention::code)
                .containsExactly("USA");
        String dia = "Jaan Tamm, a former U.S. DIA intelligence officer focused on Russia, told reporters Friday that it ends.";
        assertThat(withPerson(dia, "Jaan Tamm")).filteredOn(m -> m.span().of(dia).equals("Jaan Tamm"))
                .extracting(ActorMention::code).containsExactly("USA");
        String minister = "Jaan Tamm, Estonia's former defence minister, arrived.";
        assertThat(withPerson(minister, "Jaan Tamm")).filteredOn(m -> m.span().of(minister).equals("Jaan Tamm"))
                .extracting(ActorMention::code).containsExactly("EST");
    }

    @Test
    void acronymsMatchOnlyInUpperCase() {
        assertThat(actors("They told us to leave.")).isEmpty();
        assertThat(only("The US sent envoys.", "US").code()).isEqualTo("USA");
    }

    @Test
    void capitalInsideALargerPlaceNameIsNoActor() {
        String text = "Moscow Oblast said nothing.";
        Doc doc = TestDocs.tokenized(text).with(Layer.ENTITIES,
                List.of(new EntityMention(new Span(0, "Moscow Oblast".length()), "STATE_OR_PROVINCE", 0.9)));
        assertThat(RESOLVER.apply(doc).get(Layer.ACTORS)).isEmpty();
    }

    @Test
    void modifierLetterApostropheReadsAsAnApostrophe() {
        String text = "The Central Military Commission of the Workers\u02BC Party praised the units.";
        assertThat(only(text, "Central Military Commission of the Workers\u02BC Party").code()).isEqualTo("PRKMIL");
    }

    @Test
    void ethnicGroupsAreNotTheirNamesakeState() {
        String text = "Ethnic Albanians marched in Skopje.";
        assertThat(actors(text)).extracting(ActorMention::code).doesNotContain("ALB");
    }

    @Test
    void untitledPresidentTakesTheCountryTheDocumentIsAbout() {
        String text = "Zimbabwe faces a drought. President Mugabe declared an emergency in Zimbabwe.";
        ActorMention m = only(text, "President Mugabe");
        assertThat(m.code()).isEqualTo("ZWEGOV");
        assertThat(m.name()).isEqualTo("Mugabe");
        assertThat(m.evidence().confidence()).isLessThan(0.6);
    }

    @Test
    void untitledPresidentWithoutAnyCountryIsDropped() {
        assertThat(actors("President Mugabe declared an emergency.")).isEmpty();
    }

    @Test
    void untitledOfficialInWireCopyTakesTheDatelineAgencysCountry() {
        // Russia and Ukraine are mentioned as often as each other: no majority; the dateline's agency decides.
        String text = "MINSK, 16 February (BelTA) – Foreign Minister Ivan Petrov said Russia and Ukraine should talk.";
        assertThat(only(text, "Foreign Minister Ivan Petrov").code()).isEqualTo("BLRGOV");
        // Without an agency the dateline's capital decides.
        String moscow = "MOSCOW, 3 May (AP) – Foreign Minister Ivan Petrov said Poland and Ukraine should talk.";
        assertThat(only(moscow, "Foreign Minister Ivan Petrov").code()).isEqualTo("RUSGOV");
        // A capital opening an ordinary sentence is no dateline.
        assertThat(actors("Kyiv, the capital, hosted Foreign Minister Ivan Petrov. Russia and Poland sent envoys."))
                .noneMatch(m -> m.span().of("Kyiv, the capital, hosted Foreign Minister Ivan Petrov. Russia and Poland sent envoys.")
                        .contains("Petrov"));
    }

    @Test
    void untitledOfficialOfAKnownOutletsStoryIsTheOutletsCountry() {
        // Ukraine is named three times, Russia once: the text alone would make the spokesman Ukrainian.
        String text = "Defence Ministry spokesman Major General Ivan Orlov said Russian units cleared the village. "
                + "Ukrainian forces retreated. Ukraine's army lost tanks. Kyiv denied it.";
        String spokesman = "Major General Ivan Orlov";
        assertThat(codeOf(published(text, "Otechestvo-24", "https://otechestvo24.example/news/1"), spokesman))
                .startsWith("RUS");
        // An outlet the table lacks, or one whose country the story does not name, leaves it to the text.
        assertThat(codeOf(published(text, "Some Blog", null), spokesman)).startsWith("UKR");
        assertThat(codeOf(published(text, "Reuters", "https://www.reuters.com/world/1"), spokesman)).startsWith("UKR");
    }

    @Test
    void untitledOfficialTakesTheStateNamedBeforeItInItsSentence() {
        String text = "Ukraine asked for help. Ukrainian officials welcomed the offer. Ukraine's army needs shells. "
                + "Poland sent envoys, and Minister of Defence Jan Nowak promised shells. Nowak said more will come.";
        assertThat(only(text, "Minister of Defence Jan Nowak").code()).startsWith("POL");
        // The later bare surname is the same man, though its own sentence names no state.
        assertThat(only(text, "Nowak").code()).startsWith("POL");
        // A state named in a quote before "…," Minister X said is the quote's; with no majority either he stays
        // uncoded, and so does his bare surname later.
        String quoted = "Russia and Ukraine talked. \u201CPoland will help,\u201D Minister of Defence Jan Nowak said. Nowak left.";
        assertThat(actors(quoted)).extracting(ActorMention::code).containsExactly("RUS", "UKR", "POL");
    }

    private static Doc published(String text, String outlet, String url) {
        return TestDocs.tokenized(Article.of(outlet, url, "en", LocalDate.of(2026, 3, 11),
                null, "Test", text, "test")).with(Layer.ENTITIES, List.of());
    }

    private static String codeOf(Doc doc, String surface) {
        ActorResolver resolver = new ActorResolver(ActorRegistry.standard(),
                a -> a.outlet().equals("Otechestvo-24") ? "RUS" : a.outlet().equals("Reuters") ? "GBR" : null);
        List<ActorMention> at = resolver.apply(doc).get(Layer.ACTORS).stream()
                .filter(m -> m.span().of(doc.text()).equals(surface)).toList();
        assertThat(at).as("one mention over '%s'", surface).hasSize(1);
        return at.get(0).code();
    }

    @Test
    void capitalAfterByIsTheAgent() {
        assertThat(only("The strikes were condemned by Kyiv.", "Kyiv").code()).isEqualTo("UKRGOV");
    }

    @Test
    void noCompositionAcrossPunctuation() {
        String text = "Troops arrived in Bosnia, Defense Secretary Perry said.";
        assertThat(only(text, "Bosnia").code()).isEqualTo("BIH");
    }

    @Test
    void emptyTextGivesAnEmptyLayer() {
        Doc out = RESOLVER.apply(doc(""));
        assertThat(out.has(Layer.ACTORS)).isTrue();
        assertThat(out.get(Layer.ACTORS)).isEmpty();
    }

    @Test
    void declaresWhatItNeedsAndMakes() {
        assertThat(RESOLVER.requires()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.ENTITIES);
        assertThat(RESOLVER.produces()).containsExactly(Layer.ACTORS);
    }

    @Property(tries = 200)
    void anyTextResolvesWithoutThrowingAndSpansStayInside(@ForAll @StringLength(max = 300) String text) {
        Doc out = RESOLVER.apply(doc(text));
        Invariants.check(out);
        int last = -1;
        for (ActorMention m : out.get(Layer.ACTORS)) {
            assertThat(m.span().start()).isGreaterThanOrEqualTo(last);
            last = m.span().end();
        }
    }

    /**
     * One sentence whatever its periods ("Sen. Dana Whitlow" is no sentence break, as the parser's tokenizer keeps
     * "Sen." whole), with the persons as NER PERSON spans.
     */
    private static List<ActorMention> oneSentence(String text, String... persons) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("(?U)\\w+|[^\\w\\s]").matcher(text);
        while (m.find()) tokens.add(new Token(new Span(m.start(), m.end()), 0, "X", m.group(), "O"));
        List<EntityMention> entities = new ArrayList<>();
        for (String person : persons) {
            int start = text.indexOf(person);
            entities.add(new EntityMention(new Span(start, start + person.length()), "PERSON", 0.9));
        }
        Doc doc = Doc.of(TestDocs.article(text))
                .with(Layer.SENTENCES, List.of(new Sentence(new Span(0, text.length()), 0, tokens.size())))
                .with(Layer.TOKENS, tokens).with(Layer.ENTITIES, entities);
        return RESOLVER.apply(doc).get(Layer.ACTORS);
    }

    @Test
    void abbreviatedTitlesCodeAsTheirFullForms() {
        String us = "U.S. Sen. Dana Whitlow warned that the package would stall.";
        assertThat(codesOf(oneSentence(us, "Dana Whitlow"), us, "U.S. Sen. Dana Whitlow")).containsExactly("USALEG");
        String rank = "Canadian Lt. Gen. Paul Odom said the brigade had pulled back.";
        assertThat(codesOf(oneSentence(rank, "Paul Odom"), rank, "Canadian Lt. Gen. Paul Odom"))
                .containsExactly("CANMIL");
        // a US state before the abbreviated office, as "Kharkiv Governor": the state's country
        String state = "Texas Gov. Ann Pruitt said the guard would stay home.";
        assertThat(codesOf(oneSentence(state, "Ann Pruitt"), state, "Texas Gov. Ann Pruitt")).containsExactly("USAGOV");
        String senator = "Ohio Senator Ray Tolliver said the vote would be close.";
        assertThat(codesOf(oneSentence(senator, "Ray Tolliver"), senator, "Ohio Senator Ray Tolliver"))
                .containsExactly("USALEG");
    }

    @Test
    void aPartyAndStateTagMakesATitledStrangerAmerican() {
        // a report about Ukraine: without the tag the senator would take Ukraine's code
        String text = "Ukraine's army is short of shells, Sen. Dana Whitlow, R-Idaho, warned on Tuesday.";
        assertThat(codesOf(oneSentence(text, "Dana Whitlow"), text, "Sen. Dana Whitlow")).containsExactly("USALEG");
        String bracketed = "Ukraine's army is short of shells, Rep. Ann Kessel (D-Ore.) warned on Tuesday.";
        assertThat(codesOf(oneSentence(bracketed, "Ann Kessel"), bracketed, "Rep. Ann Kessel"))
                .containsExactly("USALEG");
        String untagged = "Ukraine's army is short of shells, Sen. Dana Whitlow warned on Tuesday.";
        assertThat(codesOf(oneSentence(untagged, "Dana Whitlow"), untagged, "Sen. Dana Whitlow"))
                .containsExactly("UKRLEG");
    }

    private static List<ActorMention> withPersons(String text, String... persons) {
        List<EntityMention> entities = new ArrayList<>();
        for (String person : persons) {
            int start = text.indexOf(person);
            entities.add(new EntityMention(new Span(start, start + person.length()), "PERSON", 0.9));
        }
        return RESOLVER.apply(TestDocs.tokenized(text).with(Layer.ENTITIES, entities)).get(Layer.ACTORS);
    }

    private static List<String> codesOf(List<ActorMention> found, String text, String surface) {
        return found.stream().filter(m -> m.span().of(text).equals(surface)).map(ActorMention::code).toList();
    }

    @Test
    void aNameMisspelledByOneLetterIsTheSamePerson() {
        String text = "Estonian Foreign Minister Jaan Tammekivi arrived. Later Tammekiwi spoke. Tamekivi left.";
        List<ActorMention> found = withPersons(text, "Jaan Tammekivi", "Tammekiwi", "Tamekivi");
        assertThat(codesOf(found, text, "Tammekiwi")).containsExactly("ESTGOV");
        assertThat(codesOf(found, text, "Tamekivi")).containsExactly("ESTGOV");
        // two letters off, or a short name, is someone else
        String other = "Estonian Foreign Minister Jaan Tammekivi arrived. Later Tammekowa spoke.";
        assertThat(codesOf(withPersons(other, "Jaan Tammekivi", "Tammekowa"), other, "Tammekowa")).isEmpty();
        assertThat(ActorResolver.oneEditApart("blinken", "blinkken")).isTrue();
        assertThat(ActorResolver.oneEditApart("wierzynin", "wierszynin")).isTrue();
        assertThat(ActorResolver.oneEditApart("tammekivi", "tammekowa")).isFalse();
        assertThat(ActorResolver.oneEditApart("tamm", "tamm")).isFalse();
    }

    @Test
    void aBodyOfAnotherStatesNameIsThatStatesBody() {
        String text = "Secretary of the National Security Council of Ukraine Petro Koval said the risk was low.";
        assertThat(withPersons(text, "Petro Koval")).extracting(ActorMention::code).containsExactly("UKRGOV");
        String joined = "The secretary of the National Security Council and the defense of Ukraine Petro Koval spoke.";
        assertThat(withPersons(joined, "Petro Koval")).extracting(ActorMention::code).containsExactly("UKRGOV");
        // its own country stays its own
        String own = "The National Security Council said the talks went well.";
        assertThat(actors(own)).extracting(ActorMention::code).containsExactly("USAGOV");
    }

    @Test
    void theAllianceIsTheMilitaryAllianceNamedBefore() {
        String text = "NATO met in Brussels. Earlier, the alliance said it would not give up its principle.";
        assertThat(codesOf(actors(text), text, "the alliance")).containsExactly("IGOWSTNAT");
        assertThat(actors("Earlier, the alliance said it would not give up its principle.")).isEmpty();
    }

    @Test
    void aFormerOfficeHolderIsACitizenOfTheState() {
        String text = "A former Indian diplomat told the paper the talks would fail.";
        assertThat(codesOf(actors(text), text, "Indian diplomat")).containsExactly("IND");
        String serving = "An Indian diplomat told the paper the talks would fail.";
        assertThat(codesOf(actors(serving), serving, "Indian diplomat")).containsExactly("INDGOV");
    }

    @Test
    void aTitleItsHolderHasLeftMakesACitizenWhateverTheRegistrySays() {
        String ex = "The ex-president of Lithuania said the pact should hold.";
        assertThat(codesOf(actors(ex), ex, "president of Lithuania")).containsExactly("LTU");
        String serving = "The president of Lithuania said the pact should hold.";
        assertThat(codesOf(actors(serving), serving, "president of Lithuania")).containsExactly("LTUGOV");
        // a registry person the text calls former speaks as a citizen, though the registry lists a later office only
        String fico = "Slovakia's former Prime Minister Robert Fico wants the aid to stop.";
        Doc in2022 = TestDocs.tokenized(fico, LocalDate.of(2022, 4, 10)).with(Layer.ENTITIES, List.of());
        assertThat(RESOLVER.apply(in2022).get(Layer.ACTORS)).extracting(ActorMention::code).containsExactly("SVK");
        String stranger = "Hungary voted in May. Ex-president Tamas Varga said the count was fair.";
        assertThat(codesOf(actors(stranger), stranger, "Ex-president Tamas Varga")).containsExactly("HUN");
    }

    @Test
    void aDeputysOfficeGivesTheSectorNotTheSheriffsDeputy() {
        String text = "Russian Deputy Foreign Minister Pavel Orlov said talks were possible.";
        assertThat(withPerson(text, "Pavel Orlov")).extracting(ActorMention::code).containsExactly("RUSGOV");
        String apposition = "Oksana Hrytsenko, First Deputy Minister of Defence of Ukraine, visited the front.";
        assertThat(withPerson(apposition, "Oksana Hrytsenko")).filteredOn(m -> m.span().of(apposition).equals("Oksana Hrytsenko"))
                .extracting(ActorMention::code).containsExactly("UKRGOVMIL");
    }
}
