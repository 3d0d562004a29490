package dev.dynaq.it.model;

public record Money(long cents, String currency) {
}
