package org.cordon.model.checkpoints;

/** Where a checkpoint stands, in the order the county's checkpoint list groups them. */
public enum CheckpointKind {
	/** 健康服务站: a health station on an entry road. */
	HEALTH_STATION,
	/** 高速出口: an expressway exit. */
	EXPRESSWAY_EXIT,
	/** 火车站: the railway station. */
	RAILWAY_STATION,
	/** 汽车站: a bus station. */
	BUS_STATION,
	/** 收费站: a toll station. */
	TOLL_STATION,
	/** 省道: a provincial road. */
	PROVINCIAL_ROAD,
	/** 县道: a county road. */
	COUNTY_ROAD,
	/** 村口: the entrance of a village. */
	VILLAGE,
	/** 小区: the gate of a residential community. */
	COMMUNITY,
	/** 单位大院: the gate of a compound of a unit. */
	COMPOUND
}
