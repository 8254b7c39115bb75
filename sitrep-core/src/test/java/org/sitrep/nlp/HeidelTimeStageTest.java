package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which sentences HeidelTime is given (no model needed). */
class HeidelTimeStageTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "The strike came on Wednesday.", "Officials said it happened in 2014.", "It was announced last March.",
            "Fighting resumed three weeks ago.", "Ten years later, the town was rebuilt.", "The talks are now over.",
            "The former commander spoke at dawn.", "Shelling continued overnight.", "Back then, few believed it.",
            "Prices rose in the third quarter.", "The ceasefire held over Christmas.", "They met at 9 a.m. sharp.",
            "The festival of Eid was quiet.", "It marks a new era.", "TUESDAYS are market days.",
            "It was built in nineteen ninety-six.", "Music of the sixties played."})
    void sentencesWithATimeWordAreTagged(String sentence) {
        assertThat(HeidelTimeStage.mayHoldTime(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Russian forces shelled the village, the governor said.", "Kyiv denied the report.",
            "The minister called for calm and restraint.", "Both sides accused each other of violating the truce."})
    void sentencesWithoutOneAreNot(String sentence) {
        assertThat(HeidelTimeStage.mayHoldTime(sentence)).isFalse();
    }
}
