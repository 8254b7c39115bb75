package org.sitrep.model;

/**
 * One arc of a basic dependency tree (Universal Dependencies). Token indices are document-wide; the root's head
 * is -1.
 */
public record Dependency(int head, int dependent, String relation) {}
