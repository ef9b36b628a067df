/** Entities read from a customer's words: phone, account, order and ticket numbers, amounts, dates and times. */
@NullMarked
package io.anxin.core.entity;

import org.jspecify.annotations.NullMarked;
