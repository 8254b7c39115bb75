package org.sitrep.eval;

/** Small TimeML files written for these tests (invented text, not from any corpus). */
final class TimeMlSamples {
    private TimeMlSamples() {}

    static final String GOLD = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>TEST1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2025-04-28" temporalFunction="false" functionInDocument="CREATION_TIME">2025-04-28</TIMEX3></DCT>
            <TEXT>
            The general <EVENT eid="e1" class="REPORTING">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2025-04-26">April 26</TIMEX3> that the town had held for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> &amp; nights.
            As of <TIMEX3 tid="t3" type="TIME" value="2025-04-27TEV">the evening of April 27</TIMEX3>, 21 clashes <EVENT eid="e2" class="OCCURRENCE">occurred</EVENT>.
            Kyiv answered <TIMEX3 tid="t4" type="DATE" value="2025-04-25">Friday</TIMEX3> <EVENT eid="e3" class="OCCURRENCE">talks</EVENT> resumed.
            </TEXT>
            <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
            </TimeML>
            """;
}
