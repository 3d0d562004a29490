package dev.dynaq.it.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Hostile cursor strings from a seeded {@link Random}: random strings, and valid cursors with bits
 * flipped, bytes replaced, inserted or deleted, truncated, spliced together, or re-encoded in other
 * base64 dialects. Each generator is one kind; the suite reports how many of each it tried.
 */
final class CursorMutations {
    private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** The kinds of mutation, each with its share of the cases. */
    enum Kind { RANDOM_URL_SAFE, RANDOM_ANY, BIT_FLIP, BYTE_EDIT, TRUNCATION, SPLICE, RE_ENCODING }

    private final Random random;
    private final List<String> valid;

    CursorMutations(long seed, List<String> valid) {
        this.random = new Random(seed);
        this.valid = List.copyOf(valid);
    }

    /**
     * @param kind the kind
     * @return a string of that kind that differs from every valid cursor
     */
    String next(Kind kind) {
        while (true) {
            String candidate = switch (kind) {
                case RANDOM_URL_SAFE -> randomString(URL_SAFE);
                case RANDOM_ANY -> randomAny();
                case BIT_FLIP -> bitFlip();
                case BYTE_EDIT -> byteEdit();
                case TRUNCATION -> truncation();
                case SPLICE -> splice();
                case RE_ENCODING -> reEncoding();
            };
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    private String pick() {
        return valid.get(random.nextInt(valid.size()));
    }

    private byte[] pickBytes() {
        return Base64.getUrlDecoder().decode(pick());
    }

    private String randomString(String alphabet) {
        int length = random.nextInt(160);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private String randomAny() {
        int length = random.nextInt(80);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) random.nextInt(random.nextBoolean() ? 128 : 0x10000));
        }
        return out.toString();
    }

    private String bitFlip() {
        byte[] bytes = pickBytes();
        int flips = 1 + random.nextInt(3);
        for (int i = 0; i < flips; i++) {
            int bit = random.nextInt(bytes.length * 8);
            bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        return ENCODER.encodeToString(bytes);
    }

    private String byteEdit() {
        byte[] bytes = pickBytes();
        int at = random.nextInt(bytes.length);
        byte[] edited = switch (random.nextInt(3)) {
            case 0 -> {
                bytes[at] = (byte) random.nextInt(256);
                yield bytes;
            }
            case 1 -> {
                byte[] longer = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, longer, 0, at);
                longer[at] = (byte) random.nextInt(256);
                System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                yield longer;
            }
            default -> {
                byte[] shorter = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, shorter, 0, at);
                System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                yield shorter;
            }
        };
        return ENCODER.encodeToString(edited);
    }

    private String truncation() {
        if (random.nextBoolean()) {
            String text = pick();
            return random.nextBoolean() ? text.substring(0, random.nextInt(text.length())) : text.substring(1 + random.nextInt(text.length() - 1));
        }
        byte[] bytes = pickBytes();
        return ENCODER.encodeToString(Arrays.copyOf(bytes, random.nextInt(bytes.length)));
    }

    private String splice() {
        byte[] a = pickBytes();
        byte[] b = pickBytes();
        int cutA = random.nextInt(a.length + 1);
        int cutB = random.nextInt(b.length + 1);
        byte[] spliced = Arrays.copyOf(a, cutA + b.length - cutB);
        System.arraycopy(b, cutB, spliced, cutA, b.length - cutB);
        return ENCODER.encodeToString(spliced);
    }

    private String reEncoding() {
        String text = pick();
        byte[] bytes = Base64.getUrlDecoder().decode(text);
        return switch (random.nextInt(9)) {
            case 0 -> Base64.getEncoder().encodeToString(bytes); // standard alphabet, padded
            case 1 -> Base64.getUrlEncoder().encodeToString(bytes) + "="; // padded url-safe
            case 2 -> Base64.getMimeEncoder().encodeToString(bytes) + "\r\n";
            case 3 -> " " + text;
            case 4 -> text + "\n";
            case 5 -> swapCase(text);
            case 6 -> java.net.URLEncoder.encode(Base64.getEncoder().encodeToString(bytes), StandardCharsets.UTF_8);
            case 7 -> ENCODER.encodeToString(text.getBytes(StandardCharsets.US_ASCII)); // encoded twice
            default -> text + text.charAt(random.nextInt(text.length()));
        };
    }

    private String swapCase(String text) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters.add(i);
            }
        }
        char[] chars = text.toCharArray();
        int at = letters.get(random.nextInt(letters.size()));
        chars[at] = Character.isUpperCase(chars[at]) ? Character.toLowerCase(chars[at]) : Character.toUpperCase(chars[at]);
        return new String(chars);
    }
}
