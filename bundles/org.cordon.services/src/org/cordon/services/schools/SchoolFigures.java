package org.cordon.services.schools;

import java.math.BigDecimal;

/** The schools group's headline figures. */
public record SchoolFigures(long schools, long withReopeningPlan, long withDisinfectant, BigDecimal disinfectantLitres,
		long onlineSchools, long onlineClasses, long onlineTeachers) {
}
