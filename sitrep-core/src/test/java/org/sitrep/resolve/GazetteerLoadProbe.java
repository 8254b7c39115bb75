package org.sitrep.resolve;

import java.lang.management.ManagementFactory;

/**
 * Run in a fresh JVM by {@link GazetteerLoadTimeIT}: times the first {@link Gazetteer#global()} call and prints
 * {@code entries wallMillis processCpuMillis} on one line. Process CPU counts every thread (JIT compiler, GC).
 */
public final class GazetteerLoadProbe {
    private GazetteerLoadProbe() {}

    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime(), wall0 = System.nanoTime();
        Gazetteer g = Gazetteer.global();
        long wall = System.nanoTime() - wall0, cpu = os.getProcessCpuTime() - cpu0;
        System.out.println(g.size() + " " + wall / 1_000_000 + " " + cpu / 1_000_000);
    }
}
