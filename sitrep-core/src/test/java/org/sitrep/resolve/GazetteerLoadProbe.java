package org.sitrep.resolve;

/** Not a test: prints the bundled gazetteer's cold load time (run with java -cp …). */
public final class GazetteerLoadProbe {
    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = os.getProcessCpuTime(), m0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.global();
        long t1 = System.nanoTime();
        System.out.printf("entries=%d load wall=%.0f ms, main-thread cpu=%.0f ms, process cpu=%.0f ms, heap=%d MB%n",
                g.size(), (t1 - t0) / 1e6, (threads.getCurrentThreadCpuTime() - m0) / 1e6, (os.getProcessCpuTime() - c0) / 1e6,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        for (String q : args) {
            long s = System.nanoTime();
            var c = g.candidates(q);
            System.out.printf("%s (%.2f ms, key %s):%n", q, (System.nanoTime() - s) / 1e6, PlaceNameKey.key(q));
            c.stream().limit(6).forEach(x -> System.out.printf("   %s %s %s/%s pop=%d via %s d=%.1f%n", x.entry().kind(),
                    x.entry().name(), x.entry().country(), x.entry().admin1Name(), x.entry().population(), x.matchedName(), x.distance()));
        }
    }
}
