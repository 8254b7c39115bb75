package org.sitrep.resolve;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.model.FeatureKind;

/**
 * The bundled gazetteer's binary format: the TSV's rows plus the two name indexes ({@link PackedNameIndex} of the
 * name keys and of their skeletons), computed when the resource is built. Computing ~600k {@link PlaceNameKey} keys
 * and sorting them at start-up cost 3–4 s of CPU (mostly JIT compilation) and 2–6 s wall on a busy 2-core machine;
 * loading this format only decodes (see docs/PERFORMANCE.md).
 *
 * <p>Layout (gzip of a big-endian stream; "varint" = unsigned LEB128, "str" = varint byte length + UTF-8):
 * <pre>
 * int magic "SGZ1", int version 1, int length of this whole uncompressed stream
 * varint n; n × str                       shared values (feature codes, countries, admin codes and names)
 * varint entries; per entry:
 *   byte kind (0 C, 1 A1, 2 A2, 3 P), varint geonameId, str name,
 *   byte asciiSame (1: ASCII name = name, 0: str asciiName follows), str alternateNames,
 *   6 × varint shared-value index: featureCode country admin1Code admin1Name admin2Code admin2Name,
 *   int lat·10⁴, int lon·10⁴, varint population
 * 2 × (varint total; entries × varint count; total × 3-byte key hash, entry by entry):
 *   the name-key index, then the skeleton index ({@link PackedNameIndex#HASH_BITS} = 24-bit hashes; each entry's
 *   hashes in ascending order; the entry index is implied by the position, so only the hashes take room)
 * </pre>
 * Coordinates are whole ten-thousandths in the TSV, so {@code lat·10⁴ / 10⁴} restores the same double. The
 * indexes depend on {@link PlaceNameKey} and {@link PackedNameIndex#hash}: {@code GazetteerTest} recomputes them
 * from the entries and fails when they are stale; then rerun {@code tools/gazetteer/build.sh}, or {@link #main} on
 * the current resource (it recomputes the indexes from the entries).
 */
public final class GazetteerFile {
    private static final int MAGIC = 0x53475A31; // "SGZ1"
    private static final int VERSION = 2;
    private static final FeatureKind[] KINDS =
            {FeatureKind.COUNTRY, FeatureKind.ADMIN1, FeatureKind.ADMIN2, FeatureKind.POPULATED_PLACE};

    private GazetteerFile() {}

    /**
     * Converts a gazetteer to the binary format, computing its indexes: {@code GazetteerFile IN OUT}, where IN is the
     * gzipped TSV of {@code build_gazetteer.py} ({@code .tsv.gz}) or a file in this format (to recompute the indexes).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerFile IN.tsv.gz|IN.bin.gz OUT.bin.gz");
            System.exit(2);
        }
        Gazetteer g;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            g = args[0].endsWith(".tsv.gz") ? Gazetteer.load(in) : read(in);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            write(g.entries(), out);
        }
        System.out.println(args[1] + ": " + g.size() + " entries");
    }

    /**
     * Writes {@code entries} (index = position) with their indexes, computed here; deterministic: the same entries
     * give the same bytes.
     */
    public static void write(List<Gazetteer.Entry> entries, OutputStream out) throws IOException {
        Gazetteer.Entry[] all = entries.toArray(Gazetteer.Entry[]::new);
        Gazetteer indexed = Gazetteer.of(entries); // computes every key: the work loading then skips
        List<String> shared = new ArrayList<>();
        Map<String, Integer> sharedIndex = new HashMap<>();
        for (Gazetteer.Entry e : all)
            for (String v : sharedValues(e)) sharedIndex.computeIfAbsent(v, x -> { shared.add(x); return shared.size() - 1; });

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 25);
        DataOutputStream d = new DataOutputStream(bytes);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(0); // the length, set below
        writeVarint(d, shared.size());
        for (String v : shared) writeString(d, v);
        writeVarint(d, all.length);
        for (int i = 0; i < all.length; i++) {
            Gazetteer.Entry e = all[i];
            if (e.index() != i) throw new IllegalArgumentException("Entry " + i + " has index " + e.index());
            d.writeByte(Arrays.asList(KINDS).indexOf(e.kind()));
            writeVarintNonNegative(d, e.geonameId());
            writeString(d, e.name());
            boolean asciiSame = e.asciiName().equals(e.name());
            d.writeByte(asciiSame ? 1 : 0);
            if (!asciiSame) writeString(d, e.asciiName());
            writeString(d, e.alternateNames());
            for (String v : sharedValues(e)) writeVarint(d, sharedIndex.get(v));
            d.writeInt(tenThousandths(e.lat(), e));
            d.writeInt(tenThousandths(e.lon(), e));
            writeVarintNonNegative(d, e.population());
        }
        writeByEntry(d, indexed.nameIndex().values(), all.length);
        writeByEntry(d, indexed.skeletonIndex().values(), all.length);
        d.flush();
        byte[] raw = bytes.toByteArray();
        ByteBuffer.wrap(raw).putInt(8, raw.length);
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
            { def.setLevel(9); }
        };
        gz.write(raw);
        gz.finish();
    }

    private static String[] sharedValues(Gazetteer.Entry e) {
        return new String[] {e.featureCode(), e.country(), e.admin1Code(), e.admin1Name(), e.admin2Code(), e.admin2Name()};
    }

    private static void writeVarintNonNegative(DataOutputStream d, long v) throws IOException {
        if (v < 0) throw new IllegalArgumentException("Negative value " + v);
        writeVarint(d, v);
    }

    private static int tenThousandths(double degrees, Gazetteer.Entry e) {
        long t = Math.round(degrees * 10_000);
        if (t / 10_000.0 != degrees) throw new IllegalArgumentException("Coordinate " + degrees + " of " + e.name()
                + " has more than 4 decimals; the format would change it");
        return (int) t;
    }

    /**
     * Reads a gazetteer in this format; the caller closes the stream. Countries and regions are decoded now, populated
     * places on first use (from the uncompressed bytes, which the gazetteer keeps: 23 MB instead of ~60 MB of
     * objects, and no decoding of 230k places at start-up).
     */
    public static Gazetteer read(InputStream gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
            // One bulk inflate (native code) into an array of the exact size: no growing copies for the GC to move.
            ByteBuffer header = ByteBuffer.wrap(in.readNBytes(12));
            if (header.limit() < 12 || header.getInt(0) != MAGIC)
                throw new IOException("Not a gazetteer file (bad magic number)");
            if (header.getInt(4) != VERSION)
                throw new IOException("Gazetteer format version " + header.getInt(4) + "; expected " + VERSION);
            int length = header.getInt(8);
            if (length < 12) throw new IOException("Corrupt gazetteer data: length " + length);
            byte[] raw = new byte[length];
            header.get(0, raw, 0, 12);
            if (in.readNBytes(raw, 12, length - 12) != length - 12 || in.read() != -1)
                throw new IOException("Corrupt gazetteer data: not " + length + " bytes long");
            return decode(raw);
        } catch (RuntimeException e) { // corrupt data: BufferUnderflow, bad index…
            throw new IOException("Corrupt gazetteer data: " + e, e);
        }
    }

    private static Gazetteer decode(byte[] raw) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(raw).position(12);
        String[] shared = new String[(int) readVarint(b)];
        for (int i = 0; i < shared.length; i++) shared[i] = readString(b);
        int n = (int) readVarint(b);
        if (n >= PackedNameIndex.MAX_ENTRIES) throw new IOException("Too many gazetteer entries: " + n);
        Gazetteer.Entry[] entries = new Gazetteer.Entry[n];
        int[] offsets = new int[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = b.position();
            if (KINDS[raw[offsets[i]]] != FeatureKind.POPULATED_PLACE) entries[i] = decodeEntry(b, i, shared);
            else skipEntry(b);
        }
        PackedNameIndex byKey = readByEntry(b, n), bySkeleton = readByEntry(b, n);
        if (b.hasRemaining()) throw new IOException("Gazetteer data has " + b.remaining() + " trailing bytes");
        // A fresh buffer per decode: ByteBuffer positions are not thread-safe, the array is only read.
        return new Gazetteer(entries, i -> decodeEntry(ByteBuffer.wrap(raw).position(offsets[i]), i, shared),
                byKey, bySkeleton);
    }

    private static Gazetteer.Entry decodeEntry(ByteBuffer b, int index, String[] shared) {
        FeatureKind kind = KINDS[b.get()];
        long geonameId = readVarint(b);
        String name = readString(b);
        String asciiName = b.get() == 1 ? name : readString(b);
        String alternates = readString(b);
        String featureCode = shared[(int) readVarint(b)], country = shared[(int) readVarint(b)];
        String admin1Code = shared[(int) readVarint(b)], admin1Name = shared[(int) readVarint(b)];
        String admin2Code = shared[(int) readVarint(b)], admin2Name = shared[(int) readVarint(b)];
        double lat = b.getInt() / 10_000.0, lon = b.getInt() / 10_000.0;
        return new Gazetteer.Entry(index, geonameId, kind, name, asciiName, alternates, featureCode, country,
                admin1Code, admin1Name, admin2Code, admin2Name, lat, lon, readVarint(b));
    }

    /** Moves past one entry, checking only what the layout needs. */
    private static void skipEntry(ByteBuffer b) {
        b.get();
        readVarint(b);
        skipString(b);
        if (b.get() != 1) skipString(b);
        skipString(b);
        for (int i = 0; i < 6; i++) readVarint(b);
        b.position(b.position() + 8);
        readVarint(b);
    }

    /** An index as each entry's count of key hashes, then all hashes entry by entry (3 bytes each). */
    private static void writeByEntry(DataOutputStream d, long[] packed, int entries) throws IOException {
        long[] byEntry = new long[packed.length]; // entry index << 24 | hash: sorts by entry, then hash
        for (int k = 0; k < packed.length; k++) byEntry[k] = (packed[k] & 0xFFFFFF) << 24 | packed[k] >>> 24;
        Arrays.sort(byEntry);
        int[] counts = new int[entries];
        for (long v : byEntry) counts[(int) (v >>> 24)]++;
        writeVarint(d, byEntry.length);
        for (int c : counts) writeVarint(d, c);
        for (long v : byEntry) {
            d.writeShort((int) (v >>> 8) & 0xFFFF);
            d.writeByte((int) v & 0xFF);
        }
    }

    private static PackedNameIndex readByEntry(ByteBuffer b, int entries) throws IOException {
        long[] values = new long[(int) readVarint(b)];
        int[] counts = new int[entries];
        long sum = 0;
        for (int i = 0; i < entries; i++) sum += counts[i] = (int) readVarint(b);
        if (sum != values.length) throw new IOException("Corrupt gazetteer index: " + sum + " hashes, expected " + values.length);
        int k = 0;
        for (int i = 0; i < entries; i++)
            for (int c = 0; c < counts[i]; c++) {
                long hash = (b.getShort() & 0xFFFFL) << 8 | (b.get() & 0xFFL);
                values[k++] = hash << 24 | i;
            }
        return PackedNameIndex.of(values, values.length);
    }

    private static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarint(d, utf8.length);
        d.write(utf8);
    }

    private static String readString(ByteBuffer b) {
        int len = (int) readVarint(b), from = b.position();
        b.position(from + len);
        return len == 0 ? "" : new String(b.array(), from, len, StandardCharsets.UTF_8);
    }

    private static void skipString(ByteBuffer b) {
        int len = (int) readVarint(b);
        b.position(b.position() + len);
    }

    private static void writeVarint(DataOutputStream d, long v) throws IOException { // unsigned
        while ((v & ~0x7FL) != 0) {
            d.writeByte((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte((int) v);
    }

    private static long readVarint(ByteBuffer b) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b.get();
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) return v;
        }
    }
}
