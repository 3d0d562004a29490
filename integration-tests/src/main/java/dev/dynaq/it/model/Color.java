package dev.dynaq.it.model;

public enum Color {
    RED, GREEN
}
