package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.testkit.HandParsed;

/**
 * Content-first attributions written for this test, each read under two parses that have nothing to do with the
 * sentence (every token under the first one; each token under the next one): the rule reads words and tags, so the
 * same claim comes out whatever the parser made of the sentence.
 */
class QuoteFirstTest {
    /** Every token attached to the sentence's first token. */
    private static final IntBinaryOperator FLAT = (i, n) -> i == 0 ? 0 : 1;
    /** Every token attached to the next one, the last is the root. */
    private static final IntBinaryOperator CHAIN = (i, n) -> i == n - 1 ? 0 : i + 2;

    /**
     * Sentences as tagged tokens "word/TAG[/lemma]" separated by spaces, sentences by " || "; the text is the
     * tokens' words as written in {@code text}.
     */
    static Doc doc(String text, String tagged, IntBinaryOperator heads) {
        HandParsed b = HandParsed.text(text);
        for (String sentence : tagged.split(" \\|\\| ")) {
            String[] toks = sentence.trim().split(" ");
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < toks.length; i++) {
                String[] f = toks[i].split("/");
                String word = f[0], pos = f[1], lemma = f.length > 2 ? f[2] : word.toLowerCase();
                int head = heads.applyAsInt(i, toks.length);
                rows.add(word + "/" + lemma + " " + pos + " " + head + " " + (head == 0 ? "root" : "dep"));
            }
            b.sentence(rows.toArray(String[]::new));
        }
        return b.build();
    }

    private static List<String> found(Doc doc) {
        List<String> out = new ArrayList<>();
        for (SentenceGraph g : SentenceGraph.of(doc))
            for (QuoteFirst.Found f : QuoteFirst.find(g))
                out.add(g.span(f.source()[0], f.source()[1]).of(doc.text()) + " | " + g.span(f.cue().first(), f.cue().last()).of(doc.text())
                        + " | " + g.span(f.content()[0], f.content()[1]).of(doc.text()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '^', textBlock = """
            “We need more support today,” Stoltenberg said.#“/`` We/PRP need/VBP more/JJR support/NN today/NN ,/, ”/'' Stoltenberg/NNP said/VBD/say ./.#Stoltenberg | said | “We need more support today,”
            “If we give in now, others will follow,” Blinken told reporters.#“/`` If/IN we/PRP give/VBP in/RP now/RB ,/, others/NNS will/MD follow/VB ,/, ”/'' Blinken/NNP told/VBD/tell reporters/NNS ./.#Blinken | told | “If we give in now, others will follow,”
            'We are ready to talk,' Blinken told reporters.#'/`` We/PRP are/VBP ready/JJ to/TO talk/VB ,/, '/'' Blinken/NNP told/VBD/tell reporters/NNS ./.#Blinken | told | 'We are ready to talk,'
            "Kyiv will not give up," Zelensky said.#"/`` Kyiv/NNP will/MD not/RB give/VB up/RP ,/, "/'' Zelensky/NNP said/VBD/say ./.#Zelensky | said | "Kyiv will not give up,"
            “The bridge was hit twice,” said Defence Minister Oleg Petrenko.#“/`` The/DT bridge/NN was/VBD hit/VBN twice/RB ,/, ”/'' said/VBD/say Defence/NNP Minister/NNP Oleg/NNP Petrenko/NNP ./.#Defence Minister Oleg Petrenko | said | “The bridge was hit twice,”
            The convoy reached the city, the governor said.#The/DT convoy/NN reached/VBD/reach the/DT city/NN ,/, the/DT governor/NN said/VBD/say ./.#the governor | said | The convoy reached the city
            The convoy reached the city, the regional governor said at a briefing.#The/DT convoy/NN reached/VBD/reach the/DT city/NN ,/, the/DT regional/JJ governor/NN said/VBD/say at/IN a/DT briefing/NN ./.#the regional governor | said | The convoy reached the city
            “Our forces hold the town,” the General Staff wrote on Telegram.#“/`` Our/PRP$ forces/NNS hold/VBP the/DT town/NN ,/, ”/'' the/DT General/NNP Staff/NNP wrote/VBD/write on/IN Telegram/NNP ./.#the General Staff | wrote | “Our forces hold the town,”
            “There will be no truce,” Kremlin spokesman Ivan Sorokin has repeatedly said.#“/`` There/EX will/MD be/VB no/DT truce/NN ,/, ”/'' Kremlin/NNP spokesman/NN Ivan/NNP Sorokin/NNP has/VBZ/have repeatedly/RB said/VBN/say ./.#Kremlin spokesman Ivan Sorokin | said | “There will be no truce,”
            “The plant is safe”, the operator says.#“/`` The/DT plant/NN is/VBZ/be safe/JJ ”/'' ,/, the/DT operator/NN says/VBZ/say ./.#the operator | says | “The plant is safe”
            The shelling went on all night, James Carter, the regional governor, said.#The/DT shelling/NN went/VBD/go on/RP all/DT night/NN ,/, James/NNP Carter/NNP ,/, the/DT regional/JJ governor/NN ,/, said/VBD/say ./.#James Carter, the regional governor | said | The shelling went on all night
            - The front is stable - he emphasized.#-/: The/DT front/NN is/VBZ/be stable/JJ -/: he/PRP emphasized/VBD/emphasize ./.#he | emphasized | The front is stable
            The strike killed four people – she emphasized.#The/DT strike/NN killed/VBD/kill four/CD people/NNS –/: she/PRP emphasized/VBD/emphasize ./.#she | emphasized | The strike killed four people
            - Talks are pointless now - said Minister of Foreign Affairs Pavel Orlov.#-/: Talks/NNS are/VBP/be pointless/JJ now/RB -/: said/VBD/say Minister/NNP of/IN Foreign/NNP Affairs/NNP Pavel/NNP Orlov/NNP ./.#Minister of Foreign Affairs Pavel Orlov | said | Talks are pointless now
            The offensive has stalled - writes "Economist".#The/DT offensive/NN has/VBZ/have stalled/VBN/stall -/: writes/VBZ/write "/`` Economist/NNP "/'' ./.#"Economist" | writes | The offensive has stalled
            Russia, he said, was preparing a new offensive.#Russia/NNP ,/, he/PRP said/VBD/say ,/, was/VBD/be preparing/VBG/prepare a/DT new/JJ offensive/NN ./.#he | said | Russia, he said, was preparing a new offensive
            “The war must end,” said Foreign Minister Anna Kovalenko, adding that talks would resume.#“/`` The/DT war/NN must/MD end/VB ,/, ”/'' said/VBD/say Foreign/NNP Minister/NNP Anna/NNP Kovalenko/NNP ,/, adding/VBG/add that/IN talks/NNS would/MD resume/VB ./.#Foreign Minister Anna Kovalenko | said | “The war must end,”
            MINSK, 3 May (Wire) – Nobody gains from sanctions, the minister said.#MINSK/NNP ,/, 3/CD May/NNP (/-LRB- Wire/NNP )/-RRB- –/: Nobody/NN gains/VBZ/gain from/IN sanctions/NNS ,/, the/DT minister/NN said/VBD/say ./.#the minister | said | Nobody gains from sanctions
            The town was short of "water and bread", the governor said.#The/DT town/NN was/VBD/be short/JJ of/IN "/`` water/NN and/CC bread/NN "/'' ,/, the/DT governor/NN said/VBD/say ./.#the governor | said | The town was short of "water and bread"
            - The front holds - said the head of the regional military administration Oleg Petrenko.#-/: The/DT front/NN holds/VBZ/hold -/: said/VBD/say the/DT head/NN of/IN the/DT regional/JJ military/JJ administration/NN Oleg/NNP Petrenko/NNP ./.#the head of the regional military administration Oleg Petrenko | said | The front holds
            As the Wire agency notes, the port is the largest in the region.#As/IN the/DT Wire/NNP agency/NN notes/NNS/note ,/, the/DT port/NN is/VBZ/be the/DT largest/JJS in/IN the/DT region/NN ./.#the Wire agency | notes | the port is the largest in the region
            As the weekly added, it is not clear whether the rockets contain chips.#As/IN the/DT weekly/NN added/VBD/add ,/, it/PRP is/VBZ/be not/RB clear/JJ whether/IN the/DT rockets/NNS contain/VBP/contain chips/NNS ./.#the weekly | added | it is not clear whether the rockets contain chips
            - The border stays closed - once again emphasized President Anna Kovalenko.#-/: The/DT border/NN stays/VBZ/stay closed/JJ -/: once/RB again/RB emphasized/VBD/emphasize President/NNP Anna/NNP Kovalenko/NNP ./.#President Anna Kovalenko | emphasized | The border stays closed
            “Nobody will dictate terms to us,” he continued.#“/`` Nobody/NN will/MD dictate/VB terms/NNS to/IN us/PRP ,/, ”/'' he/PRP continued/VBD/continue ./.#he | continued | “Nobody will dictate terms to us,”
            - The grain corridor must reopen - continued Orlov.#-/: The/DT grain/NN corridor/NN must/MD reopen/VB -/: continued/VBD/continue Orlov/NNP ./.#Orlov | continued | The grain corridor must reopen
            The West accuses Moscow of planning an attack, something Russia has repeatedly denied.#The/DT West/NNP accuses/VBZ/accuse Moscow/NNP of/IN planning/VBG/plan an/DT attack/NN ,/, something/NN Russia/NNP has/VBZ/have repeatedly/RB denied/VBN/deny ./.#Russia | denied | Moscow of planning an attack
            The army shelled the port, a claim the ministry rejects.#The/DT army/NN shelled/VBD/shell the/DT port/NN ,/, a/DT claim/NN the/DT ministry/NN rejects/VBZ/reject ./.#the ministry | rejects | The army shelled the port
            The port is closed - as the regional portal noted.#The/DT port/NN is/VBZ/be closed/JJ -/: as/IN the/DT regional/JJ portal/NN noted/VBD/note ./.#the regional portal | noted | The port is closed
            Aid arrived late (from the north - as the agency noted).#Aid/NN arrived/VBD/arrive late/RB (/-LRB- from/IN the/DT north/NN -/: as/IN the/DT agency/NN noted/VBD/note )/-RRB- ./.#the agency | noted | from the north
            Kovalenko warned: - We will not retreat - he said.#Kovalenko/NNP warned/VBD/warn :/: -/: We/PRP will/MD not/RB retreat/VB -/: he/PRP said/VBD/say ./.#he | said | We will not retreat
            As Anna Kovalenko, head of the agency, said on Monday, ten brigades are moving.#As/IN Anna/NNP Kovalenko/NNP ,/, head/NN of/IN the/DT agency/NN ,/, said/VBD/say on/IN Monday/NNP ,/, ten/CD brigades/NNS are/VBP/be moving/VBG/move ./.#Anna Kovalenko, head of the agency | said | ten brigades are moving
            """)
    void aContentFirstAttributionIsReadTheSameUnderAnyParse(String text, String tagged, String expected) {
        assertThat(found(doc(text, tagged, FLAT))).containsExactly(expected);
        assertThat(found(doc(text, tagged, CHAIN))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '^', textBlock = """
            In Kyiv, officials said the attack was repelled.#In/IN Kyiv/NNP ,/, officials/NNS said/VBD/say the/DT attack/NN was/VBD/be repelled/VBN/repel ./.
            On Monday, the ministry said that drones were downed.#On/IN Monday/NNP ,/, the/DT ministry/NN said/VBD/say that/IN drones/NNS were/VBD/be downed/VBN/down ./.
            The minister said the attack failed.#The/DT minister/NN said/VBD/say the/DT attack/NN failed/VBD/fail ./.
            “We are ready,” he did not say.#“/`` We/PRP are/VBP/be ready/JJ ,/, ”/'' he/PRP did/VBD/do not/RB say/VB ./.
            The talks collapsed, he called it a failure.#The/DT talks/NNS collapsed/VBD/collapse ,/, he/PRP called/VBD/call it/PRP a/DT failure/NN ./.
            The army, which said it had withdrawn, regrouped.#The/DT army/NN ,/, which/WDT said/VBD/say it/PRP had/VBD/have withdrawn/VBN/withdraw ,/, regrouped/VBD/regroup ./.
            As we read, the drones came from China.#As/IN we/PRP read/VBD/read ,/, the/DT drones/NNS came/VBD/come from/IN China/NNP ./.
            As expected, the minister said the attack failed.#As/IN expected/VBN/expect ,/, the/DT minister/NN said/VBD/say the/DT attack/NN failed/VBD/fail ./.
            The talks ended, the war continued.#The/DT talks/NNS ended/VBD/end ,/, the/DT war/NN continued/VBD/continue ./.
            Moscow denied the strike, then announced the mobilization.#Moscow/NNP denied/VBD/deny the/DT strike/NN ,/, then/RB announced/VBD/announce the/DT mobilization/NN ./.
            “We will win,” Zelensky said: “Kyiv stands.”#“/`` We/PRP will/MD win/VB ,/, ”/'' Zelensky/NNP said/VBD/say :/: “/`` Kyiv/NNP stands/VBZ/stand ./. ”/''
            """)
    void aCueBeforeItsContentIsLeftToTheParse(String text, String tagged) {
        assertThat(found(doc(text, tagged, FLAT))).isEmpty();
        assertThat(found(doc(text, tagged, CHAIN))).isEmpty();
    }

    @Test
    void aQuotationOverSeveralSentencesRunsBackToItsOpeningMark() {
        String text = "“The talks were useful. We have always said we want peace,” the minister added.";
        String tagged = "“/`` The/DT talks/NNS were/VBD/be useful/JJ ./. || We/PRP have/VBP/have always/RB said/VBN/say we/PRP "
                + "want/VBP peace/NN ,/, ”/'' the/DT minister/NN added/VBD/add ./.";
        for (IntBinaryOperator heads : List.of(FLAT, CHAIN))
            assertThat(found(doc(text, tagged, heads)))
                    .containsExactly("the minister | added | “The talks were useful. We have always said we want peace,”");
    }

    @Test
    void anUnclosedQuotationInsideAQuotationDoesNotStartTheContent() {
        String text = "“It is peace. I asked him: “Sit down and talk,” the president said.";
        String tagged = "“/`` It/PRP is/VBZ/be peace/NN ./. || I/PRP asked/VBD/ask him/PRP :/: “/`` Sit/VB down/RP and/CC "
                + "talk/VB ,/, ”/'' the/DT president/NN said/VBD/say ./.";
        for (IntBinaryOperator heads : List.of(FLAT, CHAIN))
            assertThat(found(doc(text, tagged, heads)))
                    .containsExactly("the president | said | “It is peace. I asked him: “Sit down and talk,”");
        // a quotation closed before ours is not reached: “A,” she said. “B,” he added.
        String two = "“We will stay,” she said. “We will talk,” he added.";
        String twoTagged = "“/`` We/PRP will/MD stay/VB ,/, ”/'' she/PRP said/VBD/say ./. || “/`` We/PRP will/MD talk/VB ,/, ”/'' "
                + "he/PRP added/VBD/add ./.";
        assertThat(found(doc(two, twoTagged, FLAT))).containsExactly("she | said | “We will stay,”", "he | added | “We will talk,”");
    }

    @Test
    void aDashRemarkOverGluedSentencesRunsBackToTheOpeningDash() {
        String text = "Lavrov spoke.\n- We will not retreat.The line holds - said Lavrov.";
        String tagged = "Lavrov/NNP spoke/VBD/speak ./. || -/: We/PRP will/MD not/RB retreat/VB ./. || The/DT line/NN holds/VBZ/hold "
                + "-/: said/VBD/say Lavrov/NNP ./.";
        for (IntBinaryOperator heads : List.of(FLAT, CHAIN))
            assertThat(found(doc(text, tagged, heads)))
                    .containsExactly("Lavrov | said | We will not retreat.The line holds");
    }

    @Test
    void aQuotationOfADozenSentencesRunsBackToItsOpeningMark() {
        String[] said = {"We want peace", "We keep our word", "We sign what we agree", "We never broke a deal",
                "We talk to everyone", "We wait for answers", "We hear nothing", "We ask again", "We still hear nothing",
                "We do not give up", "We stay ready"};
        StringBuilder text = new StringBuilder("“"), tagged = new StringBuilder("“/``");
        for (int i = 0; i < said.length; i++) {
            String[] w = said[i].split(" ");
            text.append(i == 0 ? "" : " ").append(said[i]).append(i == said.length - 1 ? "," : ".");
            for (int j = 0; j < w.length; j++)
                tagged.append(i == 0 && j == 0 ? " " : j == 0 ? " || " : " ").append(w[j]).append(j == 0 ? "/PRP" : j == 1 ? "/VBP" : "/NN");
            tagged.append(i == said.length - 1 ? " ,/," : " ./.");
        }
        text.append("” the president said.");
        tagged.append(" ”/'' the/DT president/NN said/VBD/say ./.");
        String quotation = text.substring(0, text.indexOf("” the president") + 1);
        for (IntBinaryOperator heads : List.of(FLAT, CHAIN))
            assertThat(found(doc(text.toString(), tagged.toString(), heads)))
                    .containsExactly("the president | said | " + quotation);
    }

    @Test
    void aDashRemarkClosedByAQuotationMarkRunsBackToTheOpeningDash() {
        String text = "Reed spoke.\n- The talks were useful.I think it is positive, ”said Reed.";
        String tagged = "Reed/NNP spoke/VBD/speak ./. || -/: The/DT talks/NNS were/VBD/be useful/JJ ./. || I/PRP think/VBP it/PRP "
                + "is/VBZ/be positive/JJ ,/, ”/'' said/VBD/say Reed/NNP ./.";
        for (IntBinaryOperator heads : List.of(FLAT, CHAIN))
            assertThat(found(doc(text, tagged, heads)))
                    .containsExactly("Reed | said | The talks were useful.I think it is positive, ”");
    }

    @Test
    void theExtractorKeepsOneClaimForAQuotationAndNoneForWhatItHolds() {
        String text = "“The talks were useful. We have always said we want peace,” the minister added.";
        String tagged = "“/`` The/DT talks/NNS were/VBD/be useful/JJ ./. || We/PRP have/VBP/have always/RB said/VBN/say we/PRP "
                + "want/VBP peace/NN ,/, ”/'' the/DT minister/NN added/VBD/add ./.";
        // a parse in which "We … said" has its subject, so the tree rule alone would make a claim of it
        Doc doc = HandParsed.text(text)
                .sentence("“/“ `` 4 punct", "The/the DT 3 det", "talks/talk NNS 4 nsubj", "were/be VBD 4 cop",
                        "useful/useful JJ 0 root", "./. . 4 punct")
                .sentence("We/we PRP 4 nsubj", "have/have VBP 4 aux", "always/always RB 4 advmod", "said/say VBN 0 root",
                        "we/we PRP 6 nsubj", "want/want VBP 4 ccomp", "peace/peace NN 6 obj", ",/, , 4 punct",
                        "”/” '' 4 punct", "the/the DT 11 det", "minister/minister NN 12 nsubj", "added/add VBD 4 parataxis",
                        "./. . 4 punct")
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).cue().of(text)).isEqualTo("added");
        assertThat(claims.get(0).content().of(text)).isEqualTo("“The talks were useful. We have always said we want peace,”");
        assertThat(found(doc(text, tagged, FLAT))).hasSize(1);
    }
}
