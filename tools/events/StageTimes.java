// Times each stage of the standard pipeline per article on a JSON Lines corpus (text, gdelt_seendate_utc), then the
// encode stage with each encoder named after N (minilm, bert-base; bert-base needs a build with -Pbert).
// Run from the project root after ./sitrep has built:
//   java -cp "sitrep-cli/target/sitrep-cli-0.1.0-SNAPSHOT.jar:sitrep-cli/target/lib/*" tools/events/StageTimes.java FILE.jsonl N [ENCODER...]
import java.nio.file.*; import java.time.LocalDate; import java.util.*; import com.fasterxml.jackson.databind.*;
import org.sitrep.model.*; import org.sitrep.pipeline.Analyzer; import org.sitrep.encode.EncodeStage;
/** Times each stage of the standard pipeline per article: first 3 articles warm up, the next N are timed. */
public class StageTimes { public static void main(String[] a) throws Exception {
  ObjectMapper m = new ObjectMapper(); List<String> lines = Files.readAllLines(Paths.get(a[0]));
  int n = Integer.parseInt(a[1]); List<Stage> stages = new ArrayList<>(Analyzer.standard().pipeline().stages());
  for (int k = 2; k < a.length; k++) stages.add(EncodeStage.of(a[k]));
  Map<String, Long> ns = new LinkedHashMap<>(); for (Stage s : stages) ns.put(label(s), 0L);
  long total = 0; int timed = 0;
  for (int i = 0; i < n + 3 && i < lines.size(); i++) {
    JsonNode r = m.readTree(lines.get(i));
    Doc d = Doc.of(Article.of("bench", null, "en", LocalDate.parse(r.path("gdelt_seendate_utc").asText().substring(0, 10)), null, null, r.path("text").asText(), "bench"));
    for (Stage s : stages) { long t = System.nanoTime(); d = s.apply(d); long dt = System.nanoTime() - t; if (i >= 3) { ns.merge(label(s), dt, Long::sum); total += dt; } }
    if (i >= 3) timed++;
  }
  System.out.printf("%d articles timed (after 3 warm-up)%n", timed);
  for (var e : ns.entrySet()) System.out.printf("%-22s %9.1f ms/article %6.2f%%%n", e.getKey(), e.getValue() / 1e6 / timed, 100.0 * e.getValue() / total);
  System.out.printf("%-22s %9.1f ms/article%n", "total", total / 1e6 / timed);
  }
  static String label(Stage s) { return s instanceof EncodeStage ? s.name() + " " + s.version() : s.name(); }
}
