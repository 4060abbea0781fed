package org.yjhub.common.reference;

/** A local authority served by a team, with its ONS GSS code (E06…, E08…, E09…, E10…, W06…). */
public record LocalAuthority(String name, String onsCode) {
}
