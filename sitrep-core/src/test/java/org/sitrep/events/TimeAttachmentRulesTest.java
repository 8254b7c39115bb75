package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;

/**
 * Which time dates an event: a date named on the clause that governs the event's clause (a fronted adjunct, a
 * main clause of a "when" clause) dates it; one of an "after" clause, of a later conjunct or of a reporting verb
 * does not (issue 10, the "On November 9" misses of issue 11). Hand parses of sentences written for these tests;
 * the test article is published 2025-04-28.
 */
class TimeAttachmentRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 4, 28);

    private static String dateOf(Doc doc, String place) {
        List<Assertion> control = doc.get(Layer.ASSERTIONS).stream()
                .filter(a -> a.kind() == Kind.CONTROL && a.placeName() != null
                        && a.placeName().of(doc.text()).equals(place)).toList();
        assertThat(control).hasSize(1);
        Assertion a = control.get(0);
        return a.time().value().start().equals(PUBLISHED) ? "published" : a.time().span().of(doc.text());
    }

    @Test
    void aFrontedDateOfTheMainClauseDatesTheEventOfItsWhenClause() {
        Doc doc = Parsed.of("On October 4, the invaders suffered a painful defeat when they were forced to abandon Lyman.", "On IN on 2 case", "October NNP October 7 obl", "4 CD 4 2 nummod", ", , , 7 punct", "the DT the 6 det", "invaders NNS invader 7 nsubj", "suffered VBD suffer 0 root", "a DT a 10 det", "painful JJ painful 10 amod", "defeat NN defeat 7 obj", "when WRB when 14 advmod", "they PRP they 14 nsubj:pass", "were VBD be 14 aux:pass", "forced VBN force 7 advcl", "to TO to 16 mark", "abandon VB abandon 14 xcomp", "Lyman NNP Lyman 16 obj", ". . . 7 punct")
                .place("Lyman", FeatureKind.POPULATED_PLACE, "UA")
                .time("October 4", LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 5)).analyzed();
        assertThat(dateOf(doc, "Lyman")).isEqualTo("October 4");
    }

    @Test
    void aSpanOfTimeOnTheMainClauseIsNoDateOfTheEvent() {
        Doc doc = Parsed.of("Over two days, the invaders suffered heavy losses when they were forced to abandon Lyman.", "Over IN over 3 case", "two CD two 3 nummod", "days NNS day 7 obl", ", , , 7 punct", "the DT the 6 det", "invaders NNS invader 7 nsubj", "suffered VBD suffer 0 root", "heavy JJ heavy 9 amod", "losses NNS loss 7 obj", "when WRB when 13 advmod", "they PRP they 13 nsubj:pass", "were VBD be 13 aux:pass", "forced VBN force 7 advcl", "to TO to 15 mark", "abandon VB abandon 13 xcomp", "Lyman NNP Lyman 15 obj", ". . . 7 punct")
                .place("Lyman", FeatureKind.POPULATED_PLACE, "UA")
                .duration("two days", "P2D").analyzed();
        assertThat(dateOf(doc, "Lyman")).isEqualTo("published");
    }

    @Test
    void theDateOfTheMainClauseDoesNotDateAnEventOfItsAfterClause() {
        Doc doc = Parsed.of("After the invaders abandoned Lyman, Ukrainian troops raised their flag on October 4.", "After IN after 4 mark", "the DT the 3 det", "invaders NNS invader 4 nsubj", "abandoned VBD abandon 9 advcl", "Lyman NNP Lyman 4 obj", ", , , 9 punct", "Ukrainian JJ Ukrainian 8 amod", "troops NNS troop 9 nsubj", "raised VBD raise 0 root", "their PRP$ they 11 nmod:poss", "flag NN flag 9 obj", "on IN on 13 case", "October NNP October 9 obl", "4 CD 4 13 nummod", ". . . 9 punct")
                .place("Lyman", FeatureKind.POPULATED_PLACE, "UA")
                .actor("Ukrainian troops", "UKRMIL")
                .time("October 4", LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 5)).analyzed();
        assertThat(dateOf(doc, "Lyman")).isEqualTo("published");
    }

    @Test
    void aFrontedDateScopesOverTheConjunctsButALaterOneDoesNot() {
        Doc fronted = Parsed.of("In May, Ukrainian troops recaptured Vovchansk and the invaders abandoned Lyptsi.", "In IN in 2 case", "May NNP May 6 obl", ", , , 6 punct", "Ukrainian JJ Ukrainian 5 amod", "troops NNS troop 6 nsubj", "recaptured VBD recapture 0 root", "Vovchansk NNP Vovchansk 6 obj", "and CC and 11 cc", "the DT the 10 det", "invaders NNS invader 11 nsubj", "abandoned VBD abandon 6 conj", "Lyptsi NNP Lyptsi 11 obj", ". . . 6 punct")
                .place("Vovchansk", FeatureKind.POPULATED_PLACE, "UA")
                .place("Lyptsi", FeatureKind.POPULATED_PLACE, "UA")
                .actor("Ukrainian troops", "UKRMIL")
                .time("May", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1)).analyzed();
        assertThat(dateOf(fronted, "Vovchansk")).isEqualTo("May");
        assertThat(dateOf(fronted, "Lyptsi")).isEqualTo("May");

        Doc later = Parsed.of("Ukrainian troops recaptured Vovchansk in May and the invaders abandoned Lyptsi.", "Ukrainian JJ Ukrainian 2 amod", "troops NNS troop 3 nsubj", "recaptured VBD recapture 0 root", "Vovchansk NNP Vovchansk 3 obj", "in IN in 6 case", "May NNP May 3 obl", "and CC and 10 cc", "the DT the 9 det", "invaders NNS invader 10 nsubj", "abandoned VBD abandon 3 conj", "Lyptsi NNP Lyptsi 10 obj", ". . . 3 punct")
                .place("Vovchansk", FeatureKind.POPULATED_PLACE, "UA")
                .place("Lyptsi", FeatureKind.POPULATED_PLACE, "UA")
                .actor("Ukrainian troops", "UKRMIL")
                .time("May", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1)).analyzed();
        assertThat(dateOf(later, "Vovchansk")).isEqualTo("May");
        assertThat(dateOf(later, "Lyptsi")).isEqualTo("published");
    }

    @Test
    void theReportingVerbsDayDatesTheStatementNotTheReportedEvent() {
        Doc fronted = Parsed.of("On Tuesday, the ministry said that Ukrainian troops had recaptured Vovchansk.", "On IN on 2 case", "Tuesday NNP Tuesday 6 obl", ", , , 6 punct", "the DT the 5 det", "ministry NN ministry 6 nsubj", "said VBD say 0 root", "that IN that 11 mark", "Ukrainian JJ Ukrainian 9 amod", "troops NNS troop 11 nsubj", "had VBD have 11 aux", "recaptured VBN recapture 6 ccomp", "Vovchansk NNP Vovchansk 11 obj", ". . . 6 punct")
                .place("Vovchansk", FeatureKind.POPULATED_PLACE, "UA")
                .actor("Ukrainian troops", "UKRMIL")
                .claim("said", "assert", "the ministry", "UKRMIL", "Ukrainian troops had recaptured Vovchansk")
                .time("Tuesday", LocalDate.of(2025, 4, 22), LocalDate.of(2025, 4, 23)).analyzed();
        assertThat(recapture(fronted).time()).isNull();

        Doc after = Parsed.of("Ukrainian troops recaptured Vovchansk, the ministry said on Tuesday.", "Ukrainian JJ Ukrainian 2 amod", "troops NNS troop 3 nsubj", "recaptured VBD recapture 0 root", "Vovchansk NNP Vovchansk 3 obj", ", , , 8 punct", "the DT the 7 det", "ministry NN ministry 8 nsubj", "said VBD say 3 parataxis", "on IN on 10 case", "Tuesday NNP Tuesday 8 obl", ". . . 3 punct")
                .place("Vovchansk", FeatureKind.POPULATED_PLACE, "UA")
                .actor("Ukrainian troops", "UKRMIL")
                .claim("said", "assert", "the ministry", "UKRMIL", "Ukrainian troops recaptured Vovchansk")
                .time("Tuesday", LocalDate.of(2025, 4, 22), LocalDate.of(2025, 4, 23)).analyzed();
        assertThat(recapture(after).time()).isNull();
    }

    private static Event recapture(Doc doc) {
        return doc.get(Layer.EVENTS).stream().filter(e -> e.trigger().equals("recapture")).findFirst().orElseThrow();
    }
}
