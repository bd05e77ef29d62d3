package org.cordon.services.about;

/** One line of Help > About and of {@code bin/cordon version}. */
public record ComponentVersion(String name, String version) {
}
