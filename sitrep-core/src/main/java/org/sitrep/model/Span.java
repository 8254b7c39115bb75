package org.sitrep.model;

/** A half-open range [start, end) of UTF-16 offsets into an article's text. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("Span needs 0 <= start <= end; got start=" + start + ", end=" + end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The characters of {@code text} this span covers; throws if the span lies outside the text. */
    public String of(String text) {
        if (end > text.length())
            throw new IllegalArgumentException("Span " + this + " lies outside a text of length " + text.length());
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
