package org.sitrep.resolve;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A read-only multimap from name keys to entry indexes, held as one sorted {@code long[]} of
 * {@code (24-bit key hash << 24) | entry index}. Compared with a {@code HashMap<String, int[]>} it keeps no key
 * strings, which makes the gazetteer load several times faster and ten times smaller. A hash collision (about one
 * lookup in 30 with ~600k keys) only adds a candidate, which the caller's distance check then drops; 24 bits keep
 * the stored indexes of the bundled resource a third smaller than 40 bits did (see {@link GazetteerFile}).
 * Thread-safe.
 */
final class PackedNameIndex {
    static final int MAX_ENTRIES = 1 << 24;
    private final long[] packed;

    private PackedNameIndex(long[] packed) {
        this.packed = packed;
    }

    /** Builds from packed values made by {@link #pack}; sorts and de-duplicates the array in place. */
    static PackedNameIndex of(long[] values, int length) {
        Arrays.parallelSort(values, 0, length);
        int n = 0;
        for (int i = 0; i < length; i++)
            if (n == 0 || values[n - 1] != values[i]) values[n++] = values[i];
        return new PackedNameIndex(Arrays.copyOf(values, n));
    }

    static long pack(String key, int entryIndex) {
        return (hash(key) << 24) | entryIndex;
    }

    /** Calls {@code action} with every entry index stored under {@code key}. */
    void forEach(String key, IntConsumer action) {
        long lo = hash(key) << 24;
        int i = Arrays.binarySearch(packed, lo);
        if (i < 0) i = -i - 1;
        for (; i < packed.length && (packed[i] >>> 24) == (lo >>> 24); i++) action.accept((int) (packed[i] & 0xFFFFFF));
    }

    int size() {
        return packed.length;
    }

    /** The sorted packed values (a copy); for tests that compare two indexes. */
    long[] values() {
        return packed.clone();
    }

    static final int HASH_BITS = 24;

    /** FNV-1a over the key's chars, finished with a 64-bit mix, cut to {@link #HASH_BITS} bits. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return finish(h);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h >>> (64 - HASH_BITS);
    }
}
