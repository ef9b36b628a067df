package io.anxin.core.entity;

import java.math.BigDecimal;

/** A sum of money named in a message, e.g. ¥2,000 or 两千块 (CNY 2000). */
public record Amount(BigDecimal value, String currency) {

    public Amount {
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }
}
