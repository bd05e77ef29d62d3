package org.cordon.model.publicity;

/** What the publicity group hands out or sends round. */
public enum PublicityKind {
	/** 预防手册. */
	HANDBOOK,
	/** 家庭预防指引. */
	FAMILY_GUIDE,
	/** 倡议书. */
	OPEN_LETTER,
	/** 宣传U盘: a USB drive with the announcements, for village loudspeakers. */
	USB_DRIVE,
	/** 宣传车: a loudspeaker van. */
	VEHICLE,
	/** 其他. */
	OTHER
}
