package org.sitrep.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Outlet;
import org.sitrep.model.Outlet.Ownership;

/**
 * The outlets sitrep knows ({@code org/sitrep/link/outlets.tsv}, provenance beside it), looked up by an article's
 * outlet name or URL. An outlet the table lacks still resolves, to an {@link Ownership#UNKNOWN} outlet keyed by its
 * normalized name (or its domain), so two articles of one unlisted outlet still count as one source.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the resource once per JVM.
 */
public final class OutletRegistry {
    private static final String RESOURCE = "/org/sitrep/link/outlets.tsv";

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byName = new HashMap<>();
    private final Map<String, Outlet> byDomain = new HashMap<>();

    private static final class Holder {
        static final OutletRegistry STANDARD = load();
    }

    /** Builds a registry over the given outlets; a name or domain listed twice is an error. */
    public OutletRegistry(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
        for (Outlet o : outlets) {
            List<String> names = new ArrayList<>(o.aliases());
            names.add(0, o.name());
            names.add(o.id());
            for (String n : names)
                if (!n.isBlank()) {
                    Outlet prev = byName.putIfAbsent(nameKey(n), o);
                    if (prev != null && prev != o)
                        throw new IllegalArgumentException("Outlet name '" + n + "' of " + o.id() + " is also " + prev.id());
                }
            for (String d : o.domains()) {
                Outlet prev = byDomain.putIfAbsent(d.toLowerCase(Locale.ROOT), o);
                if (prev != null) throw new IllegalArgumentException("Outlet domain " + d + " listed twice");
            }
        }
    }

    /** The bundled table. */
    public static OutletRegistry standard() {
        return Holder.STANDARD;
    }

    /** Every outlet of the table, in file order. */
    public List<Outlet> all() {
        return outlets;
    }

    /** The listed outlet with this id. */
    public Optional<Outlet> byId(String id) {
        return outlets.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * The outlet of an article from its outlet name and URL (either may be null). The URL's host decides first
     * (a site's own domain or a parent domain: {@code eng.belta.by} → BelTA, {@code edition.cnn.com} → CNN), then the
     * name (case, punctuation and a leading "the" ignored); otherwise an unknown outlet named by what was given, or
     * empty when neither is given.
     */
    public Optional<Outlet> resolve(String name, String url) {
        String host = host(url);
        if (host != null) {
            for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
                Outlet o = byDomain.get(h);
                if (o != null) return Optional.of(o);
            }
        }
        if (name != null && !name.isBlank()) {
            Outlet o = byName.get(nameKey(name));
            if (o != null) return Optional.of(o);
            String key = nameKey(name);
            return Optional.of(new Outlet("unknown:" + key, name.strip(), host == null ? List.of() : List.of(host), "",
                    Ownership.UNKNOWN, null, List.of(), "not listed"));
        }
        if (host != null)
            return Optional.of(new Outlet("unknown:" + host, host, List.of(host), "", Ownership.UNKNOWN, null, List.of(),
                    "not listed"));
        return Optional.empty();
    }

    /** Lower-cased host of a URL without {@code www.}, or null when it has none. */
    static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return null;
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Case, punctuation, spacing and a leading "the" do not distinguish outlet names. */
    static String nameKey(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (k.startsWith("the ")) k = k.substring(4);
        return k;
    }

    private static OutletRegistry load() {
        try (InputStream in = OutletRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("Missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Outlet> list = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 8) throw new IllegalStateException("outlets.tsv: 8 columns expected in: " + line);
                list.add(new Outlet(f[0], f[1], split(f[2]), f[3], Ownership.valueOf(f[4]),
                        f[5].isEmpty() ? null : f[5], split(f[6]), f[7]));
            }
            return new OutletRegistry(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|"));
    }
}
