/** Anxin on a Redis Cluster of three masters, started from the embedded redis-server binary. */
@NullMarked
package io.anxin.app.cluster;

import org.jspecify.annotations.NullMarked;
