/** The chat widget in a real headless Chromium, embedded in a host page of another origin. */
@NullMarked
package io.anxin.app.widget;

import org.jspecify.annotations.NullMarked;
