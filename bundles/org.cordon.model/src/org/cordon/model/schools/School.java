package org.cordon.model.schools;

import static org.cordon.model.ModelRules.amount;
import static org.cordon.model.ModelRules.count;
import static org.cordon.model.ModelRules.fitColumn;
import static org.cordon.model.ModelRules.range;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.math.BigDecimal;

import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;
import org.cordon.model.organisation.Township;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A school (学校) as the schools group follows it while classes are suspended (停课不停学). */
@Entity
@Table(name = "SCHOOL")
public class School extends CordonEntity {

	public static final int MAX_ONLINE_HOURS_PER_DAY = 24;
	private static final int LITRES_PRECISION = 10;
	private static final int LITRES_SCALE = 1;

	@Column(nullable = false, length = 200)
	private String name;

	@ManyToOne(optional = false)
	@JoinColumn(name = "TOWNSHIP_ID", nullable = false)
	private Township township;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private SchoolStage stage;

	/** Whether the school has handed in its plan for reopening (开学方案). */
	@Column(nullable = false)
	private boolean reopeningPlan;

	/** Disinfectant in stock for reopening. */
	@Column(nullable = false, precision = LITRES_PRECISION, scale = LITRES_SCALE)
	private BigDecimal disinfectantLitres;

	@Column(nullable = false)
	private boolean onlineTeaching;

	@Column(nullable = false)
	private int onlineClasses;

	@Column(nullable = false)
	private int onlineTeachers;

	@Column(nullable = false)
	private int onlineHoursPerDay;

	public School() {
	}

	public School(String code, String name, Township township, SchoolStage stage, BigDecimal disinfectantLitres) {
		super(code);
		setName(name);
		setTownship(township);
		setStage(stage);
		setDisinfectantLitres(disinfectantLitres);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
	}

	public Township getTownship() {
		return township;
	}

	public void setTownship(Township township) {
		this.township = required(township, "township");
	}

	public SchoolStage getStage() {
		return stage;
	}

	public void setStage(SchoolStage stage) {
		this.stage = required(stage, "stage");
	}

	public boolean isReopeningPlan() {
		return reopeningPlan;
	}

	public void setReopeningPlan(boolean reopeningPlan) {
		this.reopeningPlan = reopeningPlan;
	}

	public BigDecimal getDisinfectantLitres() {
		return disinfectantLitres;
	}

	public void setDisinfectantLitres(BigDecimal disinfectantLitres) {
		this.disinfectantLitres = fitColumn(amount(disinfectantLitres, LITRES_SCALE, "disinfectant_litres"), LITRES_PRECISION,
				LITRES_SCALE, "disinfectant_litres");
	}

	public boolean isOnlineTeaching() {
		return onlineTeaching;
	}

	public void setOnlineTeaching(boolean onlineTeaching) {
		this.onlineTeaching = onlineTeaching;
	}

	public int getOnlineClasses() {
		return onlineClasses;
	}

	public void setOnlineClasses(int onlineClasses) {
		this.onlineClasses = count(onlineClasses, "online_classes");
	}

	public int getOnlineTeachers() {
		return onlineTeachers;
	}

	public void setOnlineTeachers(int onlineTeachers) {
		this.onlineTeachers = count(onlineTeachers, "online_teachers");
	}

	public int getOnlineHoursPerDay() {
		return onlineHoursPerDay;
	}

	public void setOnlineHoursPerDay(int onlineHoursPerDay) {
		this.onlineHoursPerDay = range(onlineHoursPerDay, 0, MAX_ONLINE_HOURS_PER_DAY, "online_hours_per_day");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(name, "name");
		required(township, "township");
		required(stage, "stage");
		required(disinfectantLitres, "disinfectant_litres");
		if (!onlineTeaching) {
			String figure = onlineClasses != 0 ? "online_classes"
					: onlineTeachers != 0 ? "online_teachers" : onlineHoursPerDay != 0 ? "online_hours_per_day" : null;
			if (figure != null) {
				throw new InvalidValueException(figure, "onlineFiguresWithoutTeaching");
			}
		}
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
