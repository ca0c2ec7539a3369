package org.ecosystemgraph.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowedHosts names, besides localhost, 127.0.0.1 and [::1], under which the server answers: the public name
 *     of a deployment behind a proxy, or of a machine whose address the operator opened ({@code KG_HTTP_ALLOWED_HOSTS},
 *     comma separated)
 */
@ConfigurationProperties("kg.http")
public record HttpSecurityProperties(@DefaultValue List<String> allowedHosts) {}
