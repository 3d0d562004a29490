package com.acme;

public enum OrderStatus {
    PENDING, SHIPPED, DELIVERED
}
