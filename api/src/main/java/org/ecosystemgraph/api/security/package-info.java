/**
 * What keeps other web pages and other names out: the {@code Host} a request names must be this server's, every
 * answer carries headers that stop framing, sniffing and foreign scripts, and error pages name no software.
 */
package org.ecosystemgraph.api.security;
