/** The Redis connection: embedded redis-server by default, or the server, Sentinel or Cluster the operator names. */
@NullMarked
package io.anxin.app.redis;

import org.jspecify.annotations.NullMarked;
