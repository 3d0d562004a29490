package com.acme;

public record Money(long cents, String currency) {
}
